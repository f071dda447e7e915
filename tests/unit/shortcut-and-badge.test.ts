/**
 * The keyboard shortcut fills the portal form with the last preset and the values last used with
 * it, or opens the popup saying what is missing; the badge counts the integrations held per tab.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { planShortcutFill } from '@/core/shortcut/plan-fill';
import { freshNote, runShortcutFill, type ShortcutDeps } from '@/core/shortcut/run-fill';
import { badgeChanges } from '@/core/session/badge';

const presets = loadBuiltinPresets().presets;
const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';
const sphere = 'sphereshield-webex-meetings';
const portalUrl = { accessPortalUrl: 'https://ap.fiji.agat.world' };

describe('planShortcutFill', () => {
  it('fills the form of the active portal tab with the last preset and its last values', () => {
    const plan = planShortcutFill({ tab: { id: 7, url: NEW_FORM }, presets, lastPresetId: sphere, values: portalUrl });
    expect(plan.kind).toBe('fill');
    if (plan.kind !== 'fill') return;
    expect(plan.tabId).toBe(7);
    expect(plan.request.presetId).toBe(sphere);
    expect(plan.request.integration.redirectUris).toEqual(['https://ap.fiji.agat.world/account/webexauth']);
    expect(plan.request.integration.scopes).toContain('meeting:admin_schedule_write');
  });

  it('opens the popup, saying why, for a missing value, no last preset, another page or the other portal', () => {
    const reason = (input: Partial<Parameters<typeof planShortcutFill>[0]>) =>
      planShortcutFill({ tab: { id: 1, url: NEW_FORM }, presets, lastPresetId: sphere, values: portalUrl, ...input });
    expect(reason({ values: {} })).toMatchObject({
      kind: 'popup',
      reason: expect.stringMatching(/^“SphereShield.*” needs a value: /),
    });
    expect(reason({ lastPresetId: undefined })).toEqual({
      kind: 'popup',
      reason: 'No preset was filled yet: choose one in the popup.',
    });
    expect(reason({ tab: { id: 1, url: 'https://example.com/my-apps/new/integration' } })).toMatchObject({
      kind: 'popup',
      reason: 'The active tab is not a Webex developer portal integration form.',
    });
    expect(reason({ tab: { id: 1, url: 'https://developer.webex.com/docs' } }).kind).toBe('popup');
    expect(reason({ tab: { id: 1, url: 'https://developer.webex-cx.com/my-apps/new/integration' } })).toMatchObject({
      kind: 'popup',
      reason: expect.stringContaining('is created on developer.webex.com, not on developer.webex-cx.com'),
    });
  });
});

describe('runShortcutFill', () => {
  const deps = (over: Partial<ShortcutDeps> = {}): ShortcutDeps & { notes: string[] } => {
    const notes: string[] = [];
    return {
      notes,
      activeTab: async () => ({ id: 3, url: NEW_FORM }),
      presets: async () => presets,
      lastUsed: async () => ({ presetId: sphere, values: async () => portalUrl }),
      fill: vi.fn(async () => ({ ok: true }) as never),
      openPopup: vi.fn(async () => {}),
      note: async (t) => void (t !== null && notes.push(t)),
      ...over,
    };
  };

  it('fills without the popup', async () => {
    const d = deps();
    const out = await runShortcutFill(d);
    expect(out.kind).toBe('fill');
    expect(d.fill).toHaveBeenCalledWith(3, expect.objectContaining({ presetId: sphere }));
    expect(d.openPopup).not.toHaveBeenCalled();
    expect(d.notes).toEqual([]);
  });

  it('opens the popup with the reason kept for it; a page that does not answer is said too', async () => {
    const missing = deps({ lastUsed: async () => ({ presetId: sphere, values: async () => ({}) }) });
    await runShortcutFill(missing);
    expect(missing.fill).not.toHaveBeenCalled();
    expect(missing.openPopup).toHaveBeenCalledOnce();
    expect(missing.notes[0]).toMatch(/needs a value/);

    const silent = deps({ fill: async () => Promise.reject(new Error('no receiver')) });
    expect(await runShortcutFill(silent)).toMatchObject({ kind: 'popup' });
    expect(silent.notes[0]).toBe('The portal page did not answer (no receiver): reload it, then try again.');

    const noPopup = deps({
      lastUsed: async () => ({ presetId: undefined, values: async () => ({}) }),
      openPopup: () => Promise.reject(new Error('no window')),
    });
    await expect(runShortcutFill(noPopup)).resolves.toMatchObject({ kind: 'popup' });
  });
});

describe('freshNote', () => {
  it('shows a note for two minutes, then not', () => {
    expect(freshNote({ text: 'why', at: 1_000 }, 1_000 + 119_000)).toBe('why');
    expect(freshNote({ text: 'why', at: 1_000 }, 1_000 + 120_000)).toBeNull();
    expect(freshNote('old string form', 0)).toBeNull();
  });
});

describe('badgeChanges', () => {
  it('counts the integrations held per tab and clears the tabs that hold none any more', () => {
    expect(badgeChanges([4, 9], [{ tabId: 4 }, { tabId: 4 }, { tabId: 5 }, { tabId: null }])).toEqual({
      show: [
        [4, '2'],
        [5, '1'],
      ],
      clear: [9],
    });
    expect(badgeChanges([4], [])).toEqual({ show: [], clear: [4] });
  });
});

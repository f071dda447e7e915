/**
 * The review of a draft from a guide: its edits, what blocks saving (said where it is), the
 * context menu's hand-over, and the review component, which shows the guide's words as text.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideReview } from '@/components/GuideReview';
import type { DraftModel } from '@/core/guide/draft-model';
import { extractFromGuide, type GuideResult } from '@/core/guide/extract';
import { GUIDE_INBOX_KEY, inboxFromClick, takeGuideInbox } from '@/core/guide/inbox';
import {
  checkDraft,
  editPart,
  freeId,
  placeOf,
  placeScope,
  redirectProblem,
  setRedirectUri,
} from '@/core/guide/review';
import { shippedScopes } from '@/core/presets/scope-rules';

afterEach(cleanup);
const known = shippedScopes();
const draft = (text: string) => extractFromGuide(text, { known }) as GuideResult & { model: DraftModel };
const GUIDE = [
  'Create an integration named "Acme".',
  'Redirect URI: https://{acmeHost}/webex/callback',
  'Scopes: spark:people_read, Spark:Rooms_Read',
  'If you do not select spark:all, spark:kms is required.',
  'Click Add Integration.',
].join('\n');

describe('review edits and checks', () => {
  it('edits leave the draft they start from unchanged, and the checks follow them', () => {
    const { model } = draft(GUIDE);
    expect(checkDraft(model, known)).toMatchObject({ ok: true, problems: [] });
    const http = setRedirectUri(model, 0, 0, 'http://acme.example.com/cb');
    expect(model.parts[0]!.redirectUris).toEqual(['https://{acmeHost}/webex/callback']);
    // The placeholder typed away, its parameter goes with it: the one problem left is the address.
    expect(checkDraft(http, known)).toMatchObject({
      ok: false,
      problems: [{ place: 'Redirect URI 1', message: expect.stringContaining('uses http') }],
    });
    expect(checkDraft(http, known).problems).toHaveLength(1);
    const left = placeScope(model, 0, 'spark:people_read', 'left out');
    expect(left.parts[0]!.scopes.find((s) => s.scope === 'spark:people_read')!.placement).toBe('left out');
    expect(model.parts[0]!.scopes.find((s) => s.scope === 'spark:people_read')!.placement).toBe('required');
    expect(checkDraft(editPart(model, 0, { name: '' }), known).problems[0]!.place).toBe('Integration name');
  });

  it('a redirect URI typed in the review is checked with neutral values for its parameters', () => {
    const { model } = draft(GUIDE);
    expect(redirectProblem(model, 'https://{acmeHost}/webex/callback')).toBeNull();
    expect(redirectProblem(model, 'https://{other}/cb')).toBe('uses {other}, which is not one of the parameters');
    expect(redirectProblem(model, 'https://acme.example.com/my callback')).toContain('contains whitespace');
    expect(redirectProblem(model, 'https://acme.example.com/cb#x')).toContain('#fragment');
    expect(redirectProblem(model, ' ')).toBe('is empty: type the address, or remove it');
  });

  it('ids are made free of every preset in use; problems are placed in the review’s words', () => {
    expect(freeId('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
    expect(freeId('acme', new Set())).toBe('acme');
    const { model } = draft(GUIDE);
    expect(placeOf('integration.redirectUris[2]', model)).toBe('Redirect URI 3');
    expect(placeOf('vendor', model)).toBe('Vendor');
    expect(
      placeOf('integrations[1].integration.scopes[0]', { ...model, parts: [model.parts[0]!, model.parts[0]!] }),
    ).toBe('Integration 2: Scope 1');
  });
});

describe('the context menu’s hand-over', () => {
  it('keeps the selection and names its page; refuses over 1 MB with the size; is read once', async () => {
    expect(
      inboxFromClick({ selectionText: 'spark:all', pageUrl: 'https://docs.example.com/x' }, { title: 'Guide' }),
    ).toEqual({
      text: 'spark:all',
      title: 'Guide',
      url: 'https://docs.example.com/x',
    });
    expect(inboxFromClick({ selectionText: 'spark:all', pageUrl: 'file:///home/x.html' })).toEqual({
      text: 'spark:all',
    });
    const big = inboxFromClick({ selectionText: 'x'.repeat(1_500_000) });
    expect(big).toEqual({
      text: '',
      refused:
        'The selection is 1.5 MB; a guide is read up to 1 MB. Select or paste only the part about the Webex integration.',
    });
    const store: Record<string, unknown> = { [GUIDE_INBOX_KEY]: { text: 'spark:all' } };
    const area = {
      get: async (k: string) => ({ [k]: store[k] }),
      set: async (items: Record<string, unknown>) => void Object.assign(store, items),
      remove: async (k: string) => void delete store[k],
    };
    expect(await takeGuideInbox(area)).toEqual({ text: 'spark:all' });
    expect(await takeGuideInbox(area)).toBeNull();
  });
});

describe('GuideReview', () => {
  it('shows each finding with its line and what was done, the guide’s words as text, and saves what the user set', async () => {
    const result = draft(`${GUIDE}\nAlso tick <img src=x onerror="alert(1)">spark:messages_read.`);
    const save = vi.fn(async (preset: Record<string, unknown>) => ({ ok: true as const, preset: preset as never }));
    const { container } = render(
      <GuideReview result={result} known={known} takenIds={new Set(['acme'])} save={save} onDiscard={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('row', { name: /spark:rooms_read/ }).textContent).toContain(
      'Corrected line 3: Spark:Rooms_Read: wrong case: the catalog has spark:rooms_read; ticked',
    );
    expect((screen.getByLabelText('spark:kms goes') as HTMLSelectElement).value).toBe('choice');
    fireEvent.change(screen.getByLabelText('spark:kms goes'), { target: { value: 'required' } });
    fireEvent.input(screen.getByLabelText('Preset name'), { target: { value: 'Acme for Webex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save preset' }));
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    const saved = save.mock.calls[0]![0] as { id: string; name: string; integration: { scopes: string[] } };
    expect(saved.id).toBe('acme-2');
    expect(saved.name).toBe('Acme for Webex');
    expect(saved.integration.scopes).toEqual([
      'spark:people_read',
      'spark:rooms_read',
      'spark:kms',
      'spark:messages_read',
    ]);
  });
});

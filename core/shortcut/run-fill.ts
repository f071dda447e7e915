/**
 * The shortcut's run, with the browser passed in: read what the plan needs, then fill the tab
 * (the engine shows its report panel on the page) or open the popup with the reason kept for it.
 */
import type { FillReport } from '../fill/report';
import type { Preset } from '../presets/schema';
import { planShortcutFill, type ShortcutPlan } from './plan-fill';

/** Why the shortcut opened the popup (storage.session, with when): the popup shows it while it is fresh. */
export const SHORTCUT_NOTE = 'shortcutNote';
export const SHORTCUT_NOTE_MS = 120_000;

export interface ShortcutNote {
  text: string;
  at: number;
}

/** The note to show now, if there is a fresh one. */
export function freshNote(stored: unknown, now: number): string | null {
  const note = stored as Partial<ShortcutNote> | undefined;
  return typeof note?.text === 'string' && typeof note.at === 'number' && now - note.at < SHORTCUT_NOTE_MS
    ? note.text
    : null;
}

export interface ShortcutDeps {
  activeTab: () => Promise<{ id?: number; url?: string } | undefined>;
  presets: () => Promise<readonly Preset[]>;
  lastUsed: () => Promise<{
    presetId: string | undefined;
    values: (presetId: string) => Promise<Record<string, string>>;
  }>;
  fill: (tabId: number, request: Extract<ShortcutPlan, { kind: 'fill' }>['request']) => Promise<FillReport>;
  openPopup: () => Promise<void>;
  /** Keeps why the popup was opened instead (null: a fill ran, any older note is void). */
  note: (text: string | null) => Promise<void>;
}

export async function runShortcutFill(
  deps: ShortcutDeps,
  tab?: { id?: number; url?: string },
): Promise<ShortcutPlan & { report?: FillReport }> {
  const [active, presets, last] = await Promise.all([tab ?? deps.activeTab(), deps.presets(), deps.lastUsed()]);
  const values = last.presetId ? await last.values(last.presetId) : {};
  const plan = planShortcutFill({ tab: active, presets, lastPresetId: last.presetId, values });
  let reason: string;
  if (plan.kind === 'fill') {
    try {
      await deps.note(null);
      return { ...plan, report: await deps.fill(plan.tabId, plan.request) };
    } catch (error) {
      reason = `The portal page did not answer (${(error as Error).message}): reload it, then try again.`;
    }
  } else reason = plan.reason;
  await deps.note(reason);
  // The popup opens only from a user gesture (the shortcut is one); where it cannot, the note waits for it.
  await deps.openPopup().catch(() => undefined);
  return { kind: 'popup', reason };
}

/**
 * Which view the popup opens on: the step the user is on, from the tab it speaks about and the
 * credentials held. The user can go elsewhere from there ("Fill another integration", a held
 * integration's credentials); that choice wins while the popup is open.
 */
export type PopupView =
  | { kind: 'form' }
  /** The credentials of one captured integration (null: this result page's, not read yet). */
  | { kind: 'result'; clientId: string | null }
  | { kind: 'hand-off'; clientId: string }
  /** A portal tab whose content script does not answer (open before the extension was installed or updated). */
  | { kind: 'reload' }
  | { kind: 'elsewhere' };

export interface ViewTab {
  id: number;
  kind: 'portal' | 'web' | 'other';
  ping: { page: string } | null;
}

export interface ViewCapture {
  credentials: { clientId: string };
  tabId: number | null;
}

/** `captures` newest first, as the store lists them. */
export function popupView(tab: ViewTab | null, captures: readonly ViewCapture[], chosen?: PopupView): PopupView {
  if (chosen) return chosen;
  if (tab?.kind === 'portal') {
    if (!tab.ping) return { kind: 'reload' };
    const own = captures.find((c) => c.tabId === tab.id);
    if (tab.ping.page === 'result' || own) return { kind: 'result', clientId: own?.credentials.clientId ?? null };
    if (tab.ping.page === 'new-integration' || tab.ping.page === 'edit-integration') return { kind: 'form' };
    return { kind: 'elsewhere' };
  }
  if (tab?.kind === 'web' && captures[0]) return { kind: 'hand-off', clientId: captures[0].credentials.clientId };
  return { kind: 'elsewhere' };
}

/** A long value shortened in the middle, for a row's preview: `C8f3a1…9b2e`. */
export function shortened(value: string, head = 10, tail = 6): string {
  return value.length <= head + tail + 1 ? value : `${value.slice(0, head)}…${value.slice(-tail)}`;
}

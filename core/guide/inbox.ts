/**
 * "Make a Webex preset from the selection": the context menu hands the selected text over in
 * its click's info (no host permission, no script in the guide's page). The background keeps
 * it in session storage (memory) for the options page it opens, which takes it once.
 */
import { byteSize, guideSizeProblem } from './guide-text';

export const GUIDE_MENU_ID = 'make-preset-from-selection';
export const GUIDE_MENU_TITLE = 'Make a Webex preset from the selection';
export const GUIDE_INBOX_KEY = 'guideInbox';
/** Where the options page shows the review. */
export const GUIDE_HASH = '#from-guide';

export interface GuideInbox {
  text: string;
  /** The page's title and address, to name the source; shown as text, never opened. */
  title?: string;
  url?: string;
  /** Set instead of the text when the selection is too large to read. */
  refused?: string;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function inboxFromClick(
  info: { selectionText?: string; pageUrl?: string },
  tab?: { title?: string },
): GuideInbox {
  const text = info.selectionText ?? '';
  const refused = guideSizeProblem(byteSize(text), 'The selection');
  const source = {
    ...(tab?.title && { title: tab.title.slice(0, 300) }),
    ...(info.pageUrl && /^https?:/i.test(info.pageUrl) && { url: info.pageUrl.slice(0, 500) }),
  };
  return refused ? { text: '', refused, ...source } : { text, ...source };
}

/** The selection the context menu left, removed as it is read: it is read once. */
export async function takeGuideInbox(area: SessionArea): Promise<GuideInbox | null> {
  const raw = (await area.get(GUIDE_INBOX_KEY))[GUIDE_INBOX_KEY] as GuideInbox | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.text !== 'string') return null;
  await area.remove(GUIDE_INBOX_KEY);
  return raw;
}

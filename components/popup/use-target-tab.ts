/**
 * The tab the popup speaks about: the active tab of its window (for the popup opened as a tab,
 * as tests do, the most recently used other tab). A portal tab is asked what page it is on.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ContentRequest, PingResponse } from '@/core/messages';
import { isPortalUrl } from '@/core/tabs/pick-portal-tab';

export interface TargetTab {
  id: number;
  url: string;
  /** A portal page (and what the content script says it is: null when it does not answer), a web page, or neither. */
  kind: 'portal' | 'web' | 'other';
  ping: PingResponse | null;
}

async function findTargetTab(): Promise<TargetTab | null> {
  const own = await browser.tabs.getCurrent();
  const ours = browser.runtime.getURL('/');
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter(
    (t) => t.id !== undefined && t.id !== own?.id && !t.url?.startsWith(ours),
  );
  const tab = tabs.find((t) => t.active) ?? [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (!tab?.id) return null;
  const url = tab.url ?? '';
  if (!isPortalUrl(url)) return { id: tab.id, url, kind: /^https?:/.test(url) ? 'web' : 'other', ping: null };
  const ping = (await browser.tabs
    .sendMessage(tab.id, { type: 'webex-helper/ping' } satisfies ContentRequest)
    .catch(() => null)) as PingResponse | null;
  return { id: tab.id, url, kind: 'portal', ping };
}

/** undefined while looking; null when there is no tab to speak about. */
export function useTargetTab(): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => void findTargetTab().then(setTab, () => setTab(null)), []);
  return tab;
}

/** Filling a portal tab from an extension page (the popup, the guide review): the engine put in on demand, then the order. */
import type { FillReport } from '@/core/fill/report';
import type { ContentRequest, FillRequest } from '@/core/messages';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';
import { type InjectApi, injectFillEngine } from '@/core/tabs/inject-fill-engine';
import { pickPortalTab } from '@/core/tabs/pick-portal-tab';

/** The preset the popup opens on next (storage.local: an id, no secret). */
export const LAST_PRESET = 'lastPresetId';

export async function sendFill(tabId: number, request: FillRequest): Promise<FillReport> {
  await injectFillEngine(browser as unknown as InjectApi, tabId);
  return (await browser.tabs.sendMessage(tabId, {
    type: 'webex-helper/fill',
    request,
  } satisfies ContentRequest)) as FillReport;
}

/** The portal tab an extension page acts on: the active one if it is a portal page, else the one used last. */
export async function portalTabForPage(): Promise<{ id: number; url: string } | null> {
  const tabs = await browser.tabs.query({ url: PORTAL_MATCHES });
  const tab = pickPortalTab(tabs);
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

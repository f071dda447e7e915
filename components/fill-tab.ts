/** Filling a portal tab from an extension page (the popup, the guide review): the engine put in on demand, then the order. */
import type { FillReport } from '@/core/fill/report';
import type { ContentRequest, FillRequest } from '@/core/messages';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';
import { type InjectApi, injectFillEngine } from '@/core/tabs/inject-fill-engine';
import { pickPortalTab } from '@/core/tabs/pick-portal-tab';

/** The preset the popup opens on next (storage.local: an id, no secret). */
export const LAST_PRESET = 'lastPresetId';
/** The presets used last, most recent first (ids only). */
export const RECENT_PRESETS = 'recentPresetIds';

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

/** The parameter values last filled with each preset (sites, names: never a secret), for the form and the shortcut. */
export const LAST_VALUES = 'lastParameterValues';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored values per preset, keeping only strings (the store is the user's; anything else is dropped). */
export function valuesByPreset(stored: unknown): Record<string, Record<string, string>> {
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(
    Object.entries(stored as Record<string, unknown>).map(([id, v]) => [
      id,
      Object.fromEntries(
        Object.entries(v && typeof v === 'object' ? (v as Record<string, unknown>) : {}).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      ),
    ]),
  );
}

export async function loadLastValues(area: LocalArea, presetId: string): Promise<Record<string, string>> {
  return valuesByPreset((await area.get(LAST_VALUES))[LAST_VALUES])[presetId] ?? {};
}

export async function saveLastValues(area: LocalArea, presetId: string, values: Record<string, string>): Promise<void> {
  const all = ((await area.get(LAST_VALUES))[LAST_VALUES] ?? {}) as Record<string, unknown>;
  await area.set({ [LAST_VALUES]: { ...all, [presetId]: values } });
}

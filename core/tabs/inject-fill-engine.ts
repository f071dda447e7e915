/**
 * Puts the fill engine (entrypoints/fill-engine.ts) into a portal tab, right before a fill: the
 * always-on content script stays small, and no code but it runs on portal pages until the user
 * asks for a fill. Chrome (MV3): `scripting.executeScript`, which needs the `scripting`
 * permission (no install warning) and the portal host permission the extension already has.
 * Firefox (MV2): `tabs.executeScript`, with that host permission alone.
 */
export const FILL_ENGINE_FILE = '/fill-engine.js';

export interface InjectApi {
  scripting?: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  tabs: { executeScript?(tabId: number, details: { file: string }): Promise<unknown> };
}

/** The hand-off engine (entrypoints/hand-off.ts), put into a vendor's page on "Fill this page" through `activeTab`. */
export const HAND_OFF_FILE = '/hand-off.js';

/** The outline engine (entrypoints/outline.ts), put into the portal tab on "Copy page outline". */
export const OUTLINE_FILE = '/outline.js';

export async function injectScript(api: InjectApi, tabId: number, file: string): Promise<void> {
  if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId }, files: [file] });
  else if (api.tabs.executeScript) await api.tabs.executeScript(tabId, { file });
  else throw new Error('this browser cannot inject a script');
}

export const injectFillEngine = (api: InjectApi, tabId: number) => injectScript(api, tabId, FILL_ENGINE_FILE);

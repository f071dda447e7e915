/** What the popup's views ask the browser to do: put the hand-off engine into a vendor page, open pages. */
import type { HandOffAnswer } from '@/core/handoff/guard';
import type { HandOffMessage } from '@/core/messages';
import { NEW_INTEGRATION_PATH } from '@/core/portal/knowledge';
import { HAND_OFF_FILE, type InjectApi, injectScript } from '@/core/tabs/inject-fill-engine';
import type { RunHandOff } from '../HandOffView';

/** Into the tab's top frame only (the injection's default), and the order to that frame only. */
export const runHandOff: RunHandOff = async (tabId, orders, dryRun, expect) => {
  await injectScript(browser as unknown as InjectApi, tabId, HAND_OFF_FILE);
  const message: HandOffMessage = { type: 'webex-helper/hand-off', orders, dryRun, expect };
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as HandOffAnswer;
};

/** In a private window when the user allowed the extension there; else a tab, saying how to allow it. */
export async function openOAuthUrl(url: string): Promise<string> {
  if (await browser.extension.isAllowedIncognitoAccess()) {
    await browser.windows.create({ url, incognito: true });
    return 'Opened in a private window: sign in there and accept.';
  }
  await browser.tabs.create({ url });
  return 'Opened in a new tab. To use a private window instead (as SphereShield recommends), allow this extension in private windows: Chrome: chrome://extensions → Details → “Allow in Incognito”; Firefox: about:addons → the extension → “Run in Private Windows”.';
}

export const openTokens = (clientId: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL('/tokens.html')}#${encodeURIComponent(clientId)}` });

export const openNewIntegration = (portal: string) =>
  void browser.tabs.create({ url: `https://${portal}${NEW_INTEGRATION_PATH}` });

export const openOptions = () => void browser.runtime.openOptionsPage();

/** Chromium (Debian's) with the built extension loaded and the portal served by the replica. */
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import type { FillReport } from '../../core/fill/report';
import type { FillRequest } from '../../core/messages';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browsers';
import { routeReplica } from '../support/replica-fixtures';

export { grantSiteAccess } from '../support/site-access';

export const EXT_DIR = path.resolve('.output/chrome-mv3');

export const test = base.extend<{ context: BrowserContext; extensionId: string; launchArgs: string[] }>({
  /** More Chromium flags, for a spec that needs them (the tokens spec's fake Webex server). */
  launchArgs: [[], { option: true }],
  context: async ({ launchArgs }, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, ...CHROMIUM_ARGS, ...launchArgs],
    });
    await routeReplica(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
});
export const expect = test.expect;

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** Injects the fill engine into the portal tab and sends it the fill request from an extension page, as the popup does. */
export function fillFrom(extensionPage: Page, request: FillRequest): Promise<FillReport> {
  return extensionPage.evaluate(async (req) => {
    interface Chrome {
      tabs: {
        query(q: { url: string[] }): Promise<Array<{ id?: number; lastAccessed?: number }>>;
        sendMessage(id: number, message: unknown): Promise<FillReport>;
      };
      scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    }
    const { tabs, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const found = await tabs.query({
      url: ['https://developer.webex.com/*', 'https://developer.webex-cx.com/*'],
    });
    const tab = found.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
    await scripting.executeScript({ target: { tabId: tab.id! }, files: ['/fill-engine.js'] });
    return tabs.sendMessage(tab.id!, { type: 'webex-helper/fill', request: req });
  }, request);
}

/** Opens a portal page (served by the replica) and the popup beside it, as a user would before filling. */
export async function portalAndPopup(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopup(context, extensionId);
  return { page, popup };
}

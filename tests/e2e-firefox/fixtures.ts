/**
 * Firefox (Debian's firefox-esr) with the built add-on, driven by puppeteer-core over WebDriver
 * BiDi (Playwright's Firefox needs a patched build that cannot be downloaded here). One Firefox per
 * worker; every test's tabs are closed after it, and settings it changed are reset.
 */
import path from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { FillReport } from '../../core/fill/report';
import type { FillRequest } from '../../core/messages';
import { GECKO_ID } from '../../wxt.config';
import type { Submission } from '../replica/src/app';
import { PORTAL_URL, replicaResponse } from '../replica/serve';
import { FIREFOX_PATH } from '../support/browsers';
import { type FakeWebexServer, fakeWebexServerFixture } from '../support/fake-webex-server';

const UUID = '11111111-2222-4333-8444-555555555555';
export const POPUP = `moz-extension://${UUID}/popup.html`;

interface Firefox {
  browser: Browser;
  /** The fake Webex server every https request to its hosts reaches (through a proxy). */
  webex: FakeWebexServer;
  /** A portal page served by the replica (or by `serve`), once the content script is ready. */
  portalPage(
    url: string,
    serve?: (url: string) => { status: number; contentType: string; body: string },
  ): Promise<Page>;
  openPopup(): Promise<Page>;
}

export const test = base.extend<{ ff: Firefox }, { firefox: Browser; webexServer: FakeWebexServer }>({
  webexServer: fakeWebexServerFixture,
  firefox: [
    async ({ webexServer }, use) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
          'dom.events.testing.asyncClipboard': true, // lets tests read the clipboard back without a prompt
          // https to the fake Webex hosts goes through the test proxy; the portal replica is intercepted before it.
          'network.proxy.type': 1,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': webexServer.proxyPort,
          'network.proxy.no_proxies_on': '',
          // Optional permissions are granted without the prompt a headless browser cannot show.
          'extensions.webextOptionalPermissionPrompts': false,
        },
        acceptInsecureCerts: true, // the fake server's self-signed certificate
      });
      await browser.installExtension(path.resolve('.output/firefox-mv2'));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  ff: async ({ firefox, webexServer }, use) => {
    const opened: Page[] = [];
    const portalPage: Firefox['portalPage'] = async (url, serve = replicaResponse) => {
      const page = await firefox.newPage();
      opened.push(page);
      await page.setRequestInterception(true);
      page.on('request', (r) => (PORTAL_URL.test(r.url()) ? r.respond(serve(r.url())) : r.continue()));
      await page.goto(url);
      await page.waitForSelector('html[data-webex-helper=ready]');
      return page;
    };
    const openPopup = async () => {
      const popup = await firefox.newPage();
      opened.push(popup);
      // The page loads, but BiDi never reports its load event: start the navigation, then wait for content.
      await popup.goto(POPUP, { timeout: 250 }).catch(() => undefined);
      await popup.waitForSelector('#target');
      return popup;
    };
    await use({ browser: firefox, webex: webexServer, portalPage, openPopup });
    const popup = await openPopup();
    // What one test stored (settings, custom presets, captures) is not the next test's.
    await popup.evaluate(async () => {
      const { storage } = (
        globalThis as unknown as {
          browser: { storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } } };
        }
      ).browser;
      await storage.local.clear();
      await storage.session.clear();
    });
    for (const page of opened) await page.close().catch(() => undefined);
  },
});
export { expect } from '@playwright/test';

/** Injects the fill engine into the most recently used tab of the request's portal and sends it the request, as the popup does. */
export function fillFrom(popup: Page, request: FillRequest): Promise<FillReport> {
  return popup.evaluate(async (req) => {
    interface Tabs {
      query(q: { url: string }): Promise<Array<{ id: number; lastAccessed?: number }>>;
      sendMessage(id: number, m: unknown): Promise<FillReport>;
      executeScript(id: number, details: { file: string }): Promise<unknown>;
    }
    const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
    const found = await tabs.query({ url: `https://${req.portal}/*` });
    const tab = found.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
    await tabs.executeScript(tab.id, { file: '/fill-engine.js' });
    return tabs.sendMessage(tab.id, { type: 'webex-helper/fill', request: req });
  }, request) as Promise<FillReport>;
}

export function submissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:submissions') ?? '[]'));
}

/** The user's click on the form's submit button, then the result view (or nothing, on the edit page). */
export async function submit(page: Page, { expectResult = true } = {}): Promise<void> {
  await page.bringToFront();
  await page.click('button[type=submit]');
  if (!expectResult) return;
  try {
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Congratulations'));
  } catch (error) {
    // Say why the portal kept the form: its own error messages, as the user would read them.
    const shown = await page
      .$$eval('.error:not([hidden]), [role=alert]', (els) => els.map((e) => e.textContent?.trim()).filter(Boolean))
      .catch(() => []);
    throw new Error(`no result view after "Add Integration"; the page shows: ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
}

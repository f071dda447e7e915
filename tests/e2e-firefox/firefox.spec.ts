/**
 * Firefox (Debian's firefox-esr) with the built add-on, driven by puppeteer-core over WebDriver
 * BiDi (Playwright's Firefox needs a patched build that cannot be downloaded here).
 */
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { FillReport } from '../../core/fill/report';
import { GECKO_ID } from '../../wxt.config';
import { PORTAL_URL, replicaResponse } from '../replica/serve';
import { FIREFOX_PATH } from '../support/browsers';
import { fillRequest } from '../support/presets';

const UUID = '11111111-2222-4333-8444-555555555555';
const POPUP = `moz-extension://${UUID}/popup.html`;

const test = base.extend<{ firefox: Browser }>({
  firefox: async ({}, use) => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'dom.events.testing.asyncClipboard': true, // lets the test read the clipboard back without a prompt
      },
    });
    await browser.installExtension(path.resolve('.output/firefox-mv2'));
    await use(browser);
    await browser.close();
  },
});

async function portalPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (PORTAL_URL.test(r.url()) ? r.respond(replicaResponse(r.url())) : r.continue()));
  await page.goto(url);
  await page.waitForSelector('html[data-webex-helper=ready]');
  return page;
}

async function openPopup(browser: Browser): Promise<Page> {
  const popup = await browser.newPage();
  await popup.goto(POPUP, { timeout: 1500 }).catch(() => undefined); // loads; BiDi never reports the load event
  await popup.waitForSelector('#target');
  return popup;
}

test('the add-on loads, runs on both portal hosts, and its popup messages the portal tab', async ({ firefox }) => {
  await portalPage(firefox, 'https://developer.webex-cx.com/my-apps/new/integration');
  await portalPage(firefox, 'https://developer.webex.com/my-apps/new/integration');
  const popup = await openPopup(firefox);
  await popup.waitForFunction(() => document.querySelector('#target')?.textContent?.includes('(new integration)'));
  expect(await popup.$eval('#target', (el) => el.textContent)).toMatch(
    /^Acts on: developer\.webex\.com\/my-apps\/new\/integration/,
  );
});

for (const query of [
  'markup=for&ids=scope',
  'markup=shadow&ids=none&traps=1',
  'markup=aria&redirect=chips&contactEmail=1',
]) {
  test(`fills SphereShield exactly in Firefox on ?${query}`, async ({ firefox }) => {
    const page = await portalPage(firefox, `https://developer.webex.com/my-apps/new/integration?${query}`);
    const popup = await openPopup(firefox);
    const request = fillRequest('sphereshield-webex-meetings', {
      accessPortalUrl: 'https://ap.fiji.agat.world',
    });
    const report = (await popup.evaluate(async (req) => {
      const api = (
        globalThis as unknown as {
          browser: {
            tabs: {
              query: (q: object) => Promise<Array<{ id: number }>>;
              sendMessage: (id: number, m: unknown) => Promise<unknown>;
            };
          };
        }
      ).browser;
      const [tab] = await api.tabs.query({ url: 'https://developer.webex.com/*' });
      return api.tabs.sendMessage(tab!.id, { type: 'webex-helper/fill', request: req });
    }, request)) as FillReport;
    expect(report.ok, JSON.stringify(report.scopes.filter((s) => s.needsUser))).toBe(true);
    await page.bringToFront();
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Congratulations'));
    const [sent] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:submissions') ?? '[]'));
    expect(sent).toMatchObject({
      name: 'SphereShield',
      redirectUris: ['https://ap.fiji.agat.world/account/webexauth'],
      mobileSdk: 'no',
    });
    expect(sent.scopes).toEqual(
      [...request.integration.scopes, ...request.integration.optionalScopes, 'spark:kms'].sort(),
    );
  });
}

test('popup journey in Firefox: fill from the popup, create, copy the secret, clipboard cleared after the delay', async ({
  firefox,
}) => {
  const page = await portalPage(firefox, 'https://developer.webex.com/my-apps/new/integration');
  let popup = await openPopup(firefox);
  await popup.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { set: (x: object) => Promise<void> } } } }
    ).browser.storage.local.set({
      settings: { clipboardClearSeconds: 10, forgetAfterMinutes: 60 },
    }),
  );
  await popup.select('#preset', 'bs-ccbi-webex-calling');
  await popup.type('#param-customerName', 'Acme');
  await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button.primary')?.disabled);
  await popup.click('button.primary');
  await popup.waitForFunction(() =>
    document.querySelector('.report')?.textContent?.includes('Filled. Scopes: 3 ticked'),
  );
  await page.bringToFront();
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Congratulations'));
  const secret = await page.$$eval('dl.credentials code', (codes) => codes[1]!.textContent!);
  const [sent] = await page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:submissions') ?? '[]'));
  expect(sent).toMatchObject({ name: 'CCBI for Webex', description: 'Integration of b+s CCBI for customer Acme' });

  await popup.close();
  popup = await openPopup(firefox);
  const copySecret = 'xpath///button[normalize-space()="Copy Client Secret"]';
  await popup.waitForSelector(copySecret);
  await popup.click(copySecret);
  await popup.waitForFunction(() => document.body.textContent?.includes('Clipboard clears in'));
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await popup.waitForFunction(() => document.body.textContent?.includes('Clipboard cleared (it held Client Secret).'), {
    timeout: 20_000,
  });
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('');
  const local = JSON.stringify(
    await popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { local: { get: (k: null) => Promise<object> } } } }
      ).browser.storage.local.get(null),
    ),
  );
  expect(local).not.toContain(secret);
});

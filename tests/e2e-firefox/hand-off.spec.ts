/**
 * The preset hand-off in Firefox: SphereShield created on the replica, then its Admin Portal page
 * filled by label, on the site the popup names, never saved; and an order whose page moved to
 * another site before it ran fills nothing. As in Chromium, the popup is opened as a page (no
 * toolbar click, so no `activeTab`): the vendor sites are granted from an extension page with a
 * real click (Firefox grants optional permissions without its prompt under the test pref).
 */
import type { Page } from 'puppeteer-core';
import { SPHERE } from '../support/matrix';
import { VENDOR_ORIGINS, vendorPageResponse } from '../vendor-pages/pages';
import { expect, fillFrom, POPUP, submit, test } from './fixtures';

const ACCESS_PORTAL = 'https://ap.fiji.agat.world';
const EXTERNAL_PORTAL = 'https://env29.agatcloud.com';
const FILL_SPHERE =
  'Fill Client ID, Client Secret, Integration ID and External Portal Web API URL into ap.fiji.agat.world';

type Ff = Parameters<Parameters<typeof test>[2]>[0]['ff'];

/** A vendor page served by the test routes (the Admin Portal page at /account/webexauth). */
async function vendorPage(ff: Ff, url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) =>
    VENDOR_ORIGINS.some((o) => r.url().startsWith(`${o}/`)) ? r.respond(vendorPageResponse(r.url())) : r.continue(),
  );
  await page.goto(url);
  return page;
}

/** Grants the vendor sites from an extension page, through a real click (a user's gesture). */
async function grantVendorSites(ff: Ff) {
  const page = await ff.openPopup();
  await page.evaluate(
    (origins) => {
      const button = document.createElement('button');
      button.id = 'grant-for-test';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        const api = (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } })
          .browser;
        void api.permissions.request({ origins }).then((ok) => (button.dataset.granted = String(ok)));
      });
      document.body.append(button);
    },
    VENDOR_ORIGINS.map((o) => `${o}/*`),
  );
  await page.click('#grant-for-test');
  await page.waitForSelector('#grant-for-test[data-granted=true]');
  await page.close();
}

const recorded = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('vendor:recorded') ?? '{}') as Record<string, string>);

/** Opens the popup after bringing the vendor tab to the front (the popup acts on the last tab used). */
async function popupOn(ff: Ff, vendor: Page): Promise<Page> {
  await vendor.bringToFront();
  const popup = await ff.browser.newPage();
  await popup.goto(POPUP, { timeout: 250 }).catch(() => undefined);
  await popup.waitForSelector('#handoff-tab');
  return popup;
}

async function createSphereShield(ff: Ff) {
  const page = await ff.portalPage('https://developer.webex.com/my-apps/new/integration');
  const popup = await ff.openPopup();
  // The values the popup would send with the fill (kept with the capture for the hand-off).
  const report = await fillFrom(popup, {
    ...SPHERE,
    values: { accessPortalUrl: ACCESS_PORTAL, externalPortalUrl: EXTERNAL_PORTAL },
  });
  expect(report.ok).toBe(true);
  await submit(page);
  const values = await page.$$eval('dl.credentials code', (codes) => codes.map((c) => c.textContent ?? ''));
  await popup.close();
  return { clientId: values[0]!, secret: values[1]!, integrationId: values[3]! };
}

test('Firefox: "Fill … into ap.fiji.agat.world" puts the values into the Admin Portal by label, never saving', async ({
  ff,
}) => {
  await grantVendorSites(ff);
  const created = await createSphereShield(ff);
  const vendor = await vendorPage(ff, `${ACCESS_PORTAL}/account/webexauth`);
  const popup = await popupOn(ff, vendor);
  await popup.waitForFunction(
    (name) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent === name && !b.disabled),
    {},
    FILL_SPHERE,
  );
  expect(await popup.$eval('#handoff-tab', (el) => el.textContent)).toBe(
    `This tab: ${ACCESS_PORTAL}/account/webexauth`,
  );
  await popup.$$eval('button', (buttons, name) => buttons.find((b) => b.textContent === name)!.click(), FILL_SPHERE);
  await popup.waitForSelector('ul[aria-label="Hand-off result"]');
  expect(await popup.$eval('ul[aria-label="Hand-off result"]', (ul) => ul.textContent)).toBe(
    'Client ID: filledClient Secret: filledIntegration ID: filledExternal Portal Web API URL: filled',
  );
  expect(await recorded(vendor)).toEqual({
    clientId: created.clientId,
    clientSecret: created.secret,
    integrationId: created.integrationId,
    externalPortalUrl: EXTERNAL_PORTAL,
  });
  expect(await vendor.evaluate(() => sessionStorage.getItem('vendor:saved'))).toBeNull();
});

test('Firefox: an order whose tab moved to another site before it ran fills nothing, and says why', async ({ ff }) => {
  await grantVendorSites(ff);
  await createSphereShield(ff);
  const vendor = await vendorPage(ff, `${ACCESS_PORTAL}/account/webexauth`);
  const popup = await popupOn(ff, vendor);
  await popup.waitForFunction(
    (name) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent === name && !b.disabled),
    {},
    FILL_SPHERE,
  );
  await vendor.goto('https://other.example.com/account/webexauth');
  await popup.$$eval('button', (buttons, name) => buttons.find((b) => b.textContent === name)!.click(), FILL_SPHERE);
  await popup.waitForFunction(() => document.body.textContent?.includes('Nothing was filled.'));
  expect(await popup.evaluate(() => document.querySelector('.error')?.textContent)).toBe(
    `This tab is now on https://other.example.com, not ${ACCESS_PORTAL} as shown in the popup. Nothing was filled.`,
  );
  expect(await recorded(vendor)).toEqual({});
});

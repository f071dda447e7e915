/**
 * From a vendor guide to a filled form, in Firefox, the options-page way: load the guide's HTML
 * file under "From a vendor guide", review the draft, save it, Fill now; the replica receives
 * exactly the scopes the guide asks for, and the one scope it only names in "If you do not
 * select …" stays unticked.
 */
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expectedScopes } from '../support/matrix';
import { POPUP, expect, submissions, submit, test } from './fixtures';

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const clickButton = (page: Page, name: string) => page.click(`xpath///button[normalize-space()="${name}"]`);

test('Firefox: a guide file on the options page → review → save → Fill now: the replica receives exactly the guide’s scopes', async ({
  ff,
}) => {
  const portal = await ff.portalPage('https://developer.webex.com/my-apps/new/integration');
  const options = await ff.browser.newPage();
  await options.goto(POPUP.replace('popup.html', 'options.html'), { timeout: 250 }).catch(() => undefined);
  const file = (await options.waitForSelector('#guide-file')) as ElementHandle<HTMLInputElement>;
  await file.uploadFile(path.resolve('tests/fixtures/guides/own/ticket-bridge.html'));
  await options.waitForSelector('#review-title');
  expect(await text(options, '.guide-review [role=status]')).toMatch(
    /^Found 5 scopes to tick \(and 1 scope the guide leaves to you\) and 1 redirect URI in \d+ lines\. 1 corrected\./,
  );
  expect(await options.$eval('#draft-0-uri-0', (e) => (e as HTMLInputElement).value)).toBe(
    'https://{instance}.service-now.com/oauth_redirect.do',
  );
  expect(await text(options, '#draft-0-uri-0-note')).toBe(
    'Line 23: the guide writes <instance>.service-now.com/oauth_redirect.do; written without a scheme: proposed with https://.',
  );
  // The guide's <script> (spark-admin:people_write) was never read; its text is never markup here.
  expect(
    await options.$$eval('.guide-review code', (codes) => codes.some((c) => c.textContent?.includes('people_write'))),
  ).toBe(false);

  await clickButton(options, 'Save preset');
  await options.waitForFunction(() => document.body.textContent?.includes('Saved “TicketBridge”.'));
  await options.type('#fill-param-instance', 'acme');
  await clickButton(options, 'Fill now');
  await options.waitForFunction(() => document.body.textContent?.includes('Filled the developer.webex.com tab'));

  await submit(portal);
  const [sent] = await submissions(portal);
  expect(sent).toMatchObject({
    name: 'TicketBridge',
    redirectUris: ['https://acme.service-now.com/oauth_redirect.do'],
    scopes: expectedScopes([
      'spark:people_read',
      'spark-admin:licenses_read',
      'spark:rooms_read',
      'spark-admin:workspaces_read',
      'spark:messages_write',
    ]),
  });
  await options.close();
});

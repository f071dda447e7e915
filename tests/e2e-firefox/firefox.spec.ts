/** The same guarantees as the Chromium e2e, in Firefox: every replica switch, asserted on what the portal receives. */
import { expectedScopes, SPHERE, SWITCHES, sphereSubmission } from '../support/matrix';
import { fillRequest } from '../support/presets';
import { expect, fillFrom, submissions, submit, test } from './fixtures';

const FORM = 'https://developer.webex.com/my-apps/new/integration';

test('the add-on loads, runs on both portal hosts, and its popup messages the portal tab', async ({ ff }) => {
  await ff.portalPage('https://developer.webex-cx.com/my-apps/new/integration');
  await ff.portalPage(FORM);
  const popup = await ff.openPopup();
  await popup.waitForFunction(() => document.querySelector('#target')?.textContent?.includes('(new integration)'));
  expect(await popup.$eval('#target', (el) => el.textContent)).toMatch(
    /^Acts on: developer\.webex\.com\/my-apps\/new\/integration/,
  );
});

for (const query of SWITCHES) {
  test(`fills SphereShield exactly in Firefox on ?${query}`, async ({ ff }) => {
    const page = await ff.portalPage(`${FORM}?${query}`);
    const popup = await ff.openPopup();
    const report = await fillFrom(popup, SPHERE);
    expect(report.ok, JSON.stringify(report.scopes.filter((s) => s.needsUser))).toBe(true);
    expect(report.totals.scopes.ticked).toBe(19);
    await submit(page);
    expect((await submissions(page))[0]).toMatchObject(sphereSubmission(query));
  });
}

test('Firefox: a missing optional scope is "not offered"; a disabled one is reported with its reason', async ({
  ff,
}) => {
  const page = await ff.portalPage(`${FORM}?missing=spark-admin:calls_write`);
  let popup = await ff.openPopup();
  const report = await fillFrom(popup, SPHERE);
  expect(report.scopes.find((s) => s.scope === 'spark-admin:calls_write')).toMatchObject({
    status: 'not offered',
    optional: true,
  });
  await submit(page);
  expect((await submissions(page))[0]!.scopes).toEqual(expectedScopes(SPHERE.integration.scopes));

  await ff.portalPage(`${FORM}?sparkAllExclusive=1`);
  popup = await ff.openPopup();
  const request = fillRequest('citrix-microapps-webex', { microappServer: 'acme.us.iwsprod.cloud.com' });
  request.integration.scopes.push('spark:people_read');
  const disabled = await fillFrom(popup, request);
  expect(disabled.scopes.find((s) => s.scope === 'spark:people_read')).toMatchObject({
    status: 'disabled',
    detail: 'disabled on the page: Included in spark:all',
  });
});

test('Firefox: Contact Center form, cjp:config vs cjp:config_write, terms left to the user', async ({ ff }) => {
  const page = await ff.portalPage('https://developer.webex-cx.com/my-apps/new/integration');
  const popup = await ff.openPopup();
  const report = await fillFrom(
    popup,
    fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'contactCenter' }),
  );
  expect(report.fields.find((f) => f.field === 'terms')).toMatchObject({ status: 'left to you', needsUser: true });
  await page.bringToFront();
  await page.click('.terms input[type=checkbox]'); // the user accepts the terms
  await submit(page);
  const [sent] = await submissions(page);
  expect(sent).toMatchObject({ portal: 'developer.webex-cx.com', termsAccepted: true });
  expect(sent!.scopes).toEqual(expectedScopes(['cjp:config', 'cjp:config_write', 'cjp:config_read']));
});

test('Firefox: the edit page in exact mode; applying twice changes nothing', async ({ ff }) => {
  const page = await ff.portalPage('https://developer.webex.com/my-apps/ccbi-for-webex');
  const popup = await ff.openPopup();
  const request = fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'calling' });
  const report = await fillFrom(popup, request);
  expect(report).toMatchObject({ page: 'edit-integration', exact: true });
  const again = await fillFrom(popup, request);
  expect(again.totals.scopes).toMatchObject({ ticked: 0, unticked: 0, failed: 0, already: 3 });
  await submit(page, { expectResult: false });
  await page.waitForFunction(() => document.body.textContent?.includes('Your changes have been saved.'));
  const [sent] = await submissions(page);
  expect(sent).toMatchObject({ kind: 'save', redirectUris: ['https://oauth.pstmn.io/v1/callback'] });
  expect(sent!.scopes).toEqual(
    expectedScopes(['spark-admin:calling_cdr_read', 'spark-admin:people_read', 'identity:groups_read']),
  );
});

test('Firefox popup journey: fill from the popup, create, copy the secret, clipboard cleared after the delay', async ({
  ff,
}) => {
  const page = await ff.portalPage(FORM);
  let popup = await ff.openPopup();
  await popup.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { set: (x: object) => Promise<void> } } } }
    ).browser.storage.local.set({
      settings: { clipboardClearSeconds: 10, forgetAfterMinutes: 60 },
    }),
  );
  await popup.select('#preset', 'bs-ccbi');
  await popup.type('#param-customerName', 'Acme');
  await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button.primary')?.disabled);
  await popup.click('button.primary');
  await popup.waitForFunction(() =>
    document.querySelector('.report')?.textContent?.includes('Filled. Scopes: 3 ticked'),
  );
  await submit(page);
  const secret = await page.$$eval('dl.credentials code', (codes) => codes[1]!.textContent!);
  expect((await submissions(page))[0]).toMatchObject({
    name: 'CCBI for Webex',
    description: 'Integration of b+s CCBI for customer Acme',
  });

  await popup.close();
  popup = await ff.openPopup();
  const copySecret = 'xpath///button[@aria-label="Copy Client Secret"]';
  await popup.waitForSelector(copySecret);
  await popup.click(copySecret);
  await popup.waitForFunction(() => document.body.textContent?.includes('clears in'));
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

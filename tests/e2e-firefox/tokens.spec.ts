/**
 * "Get tokens" in Firefox: the same flow as in Chromium (tests/e2e/tokens.spec.ts) against the
 * same fake Webex server, reached through a test proxy. Optional permissions are granted by the
 * pref that turns their prompt off; Firefox has `identity` from install.
 */
import type { Page } from 'puppeteer-core';
import type { CaptureRecord } from '../../core/session/credentials-store';
import { FakeWebex } from '../support/fake-webex';
import { expect, POPUP, submissions, submit, test } from './fixtures';

const FORM = 'https://developer.webex.com/my-apps/new/integration';
const REDIRECT = 'https://oauth.pstmn.io/v1/callback';
const ORG_UUID = 'a5f91689-712e-402d-aa9f-0e4101389783';
const button = (text: string) => `xpath///*[(self::button or @role="button") and normalize-space()="${text}"]`;

type Storage = Record<'local' | 'session', { get(k: null): Promise<Record<string, unknown>> }>;
const storage = (page: Page) =>
  page.evaluate(async () => {
    const s = (globalThis as unknown as { browser: { storage: Storage } }).browser.storage;
    return { local: await s.local.get(null), session: await s.session.get(null) };
  });

test('Firefox: fill CCBI with this browser registered, create, get tokens, test access; denied consent stores nothing', async ({
  ff,
}) => {
  const page = await ff.portalPage(FORM);
  const popup = await ff.openPopup();
  await popup.select('#preset', 'bs-ccbi');
  await popup.type('#param-customerName', 'Acme');
  await popup.click('details.options summary');
  await popup.click('xpath///label[contains(., "Also register this browser")]/input');
  await popup.waitForSelector('#browser-redirect');
  const own = await popup.$eval('#browser-redirect code', (c) => c.textContent!);
  expect(own).toMatch(/^https:\/\/[0-9a-f]+\.extensions\.allizom\.org\/$/);
  await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button.primary')?.disabled);
  await popup.click('button.primary');
  await popup.waitForFunction(() => document.querySelector('.report')?.textContent?.includes('Filled.'));
  await submit(page);
  expect((await submissions(page))[0]!.redirectUris).toEqual([REDIRECT, own]);
  const [clientId, secret, oauthUrl] = await page.$$eval('dl.credentials code', (codes) =>
    codes.map((c) => c.textContent!),
  );
  const fake = new FakeWebex({
    clientId: clientId!,
    clientSecret: secret!,
    redirectUris: [REDIRECT, own],
    scopes: new URL(oauthUrl!).searchParams.get('scope')!.split(' '),
    orgUuid: ORG_UUID,
    displayName: 'CCBI Admin',
  });
  ff.webex.use(fake);

  const tokens = await ff.browser.newPage();
  // As the popup's "Get tokens…" opens it (BiDi never reports an extension page's load: wait for content).
  await tokens.goto(POPUP.replace('popup.html', `tokens.html#${clientId}`), { timeout: 250 }).catch(() => undefined);
  await tokens.waitForSelector(button('Get tokens'));

  // Denied first: an error, nothing stored.
  const consentTarget = () => ff.browser.waitForTarget((t) => t.url().includes('idbroker.webex.com'));
  let consent = consentTarget();
  await tokens.click(button('Get tokens'));
  let consentPage = (await (await consent).page())!;
  await consentPage.waitForSelector(button('Decline'));
  await consentPage.click(button('Decline'));
  await tokens.waitForFunction(() =>
    document.querySelector('#token-error')?.textContent?.includes('Consent was denied on the Webex page'),
  );
  let stored = await storage(tokens);
  expect(
    (stored.session.captures as CaptureRecord[]).find((r) => r.credentials.clientId === clientId)?.tokens,
  ).toBeUndefined();

  // Then accepted: the tab closes, the tokens are shown masked, people/me gives the organisation.
  consent = consentTarget();
  await tokens.click(button('Get tokens'));
  consentPage = (await (await consent).page())!;
  await consentPage.waitForSelector(button('Accept'));
  await consentPage.click(button('Accept'));
  await tokens.waitForFunction(() => document.body.textContent?.includes('Tokens obtained.'));
  expect(consentPage.isClosed()).toBe(true);
  const exchange = fake.log.find((r) => r.form?.grant_type === 'authorization_code')!.form!;
  expect(exchange).toMatchObject({ client_id: clientId, client_secret: secret, redirect_uri: REDIRECT });
  expect(await tokens.evaluate(() => document.body.textContent)).not.toContain(fake.issued[0]);
  expect(await tokens.$eval('#access-expiry', (p) => p.textContent)).toContain('in 14 days');
  await tokens.click(button('Test access'));
  await tokens.waitForFunction(
    (uuid: string) => document.body.textContent?.includes(uuid) && document.body.textContent.includes('CCBI Admin'),
    {},
    ORG_UUID,
  );

  stored = await storage(tokens);
  const local = JSON.stringify(stored.local);
  for (const value of [...fake.issued, secret!]) expect(local).not.toContain(value);
  const record = (stored.session.captures as CaptureRecord[]).find((r) => r.credentials.clientId === clientId)!;
  expect(record.tokens?.accessToken).toBe(fake.issued[0]);
  expect(record.org?.orgUuid).toBe(ORG_UUID);
  await tokens.close();
});

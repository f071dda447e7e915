/**
 * "Get tokens" in real Chromium with the built extension, against a fake Webex OAuth server
 * (tests/support/fake-webex.ts) that the browser reaches for webexapis.com, idbroker.webex.com
 * and the registered redirect URI's site (tests/support/fake-webex-server.ts). The server checks state, the PKCE verifier, the client
 * secret, the code and the redirect URI. After every error, no token is stored anywhere.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { CaptureRecord } from '../../core/session/credentials-store';
import { FakeWebex } from '../support/fake-webex';
import { capturedFor } from '../support/captures';
import { createByHand, submissions } from '../support/replica-fixtures';
import { type FakeWebexServer, fakeWebexServerFixture } from '../support/fake-webex-server';
import { expect, grantSiteAccess, openPopup, test as base } from './fixtures';

/** One fake Webex server per worker; each test gives it a fresh FakeWebex. */
const test = base.extend<{ webex: (fake: FakeWebex) => void }, { webexServer: FakeWebexServer }>({
  webexServer: fakeWebexServerFixture,
  launchArgs: async ({ webexServer }, use) => use(webexServer.chromiumArgs()),
  webex: async ({ webexServer }, use) => use((fake) => webexServer.use(fake)),
});

const REDIRECT = 'https://oauth.pstmn.io/v1/callback';
const ORG_UUID = 'a5f91689-712e-402d-aa9f-0e4101389783';
const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';

interface Created {
  clientId: string;
  secret: string;
  scopes: string[];
}

/** Creates an integration on the replica by hand; the content script captures it. */
async function createAndCapture(context: BrowserContext, extensionId: string): Promise<Created> {
  const page = await context.newPage();
  await page.goto(NEW_FORM);
  await createByHand(page, {
    name: 'CCBI for Webex',
    icon: 1,
    description: 'Integration of b+s CCBI for customer Example Corp',
    redirectUri: REDIRECT,
    scope: 'spark-admin:calling_cdr_read',
  });
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  const [clientId, secret, oauthUrl] = (await page.locator('dl.credentials code').allTextContents()) as [
    string,
    string,
    string,
  ];
  const ext = await openPopup(context, extensionId);
  await expect.poll(() => capturedFor(ext, clientId).then((c) => c?.clientSecret)).toBe(secret);
  await ext.close();
  return { clientId, secret, scopes: new URL(oauthUrl).searchParams.get('scope')!.split(' ') };
}

function fakeFor(c: Created): FakeWebex {
  return new FakeWebex({
    clientId: c.clientId,
    clientSecret: c.secret,
    redirectUris: [REDIRECT],
    scopes: c.scopes,
    orgUuid: ORG_UUID,
    displayName: 'CCBI Admin',
  });
}

async function openTokensPage(context: BrowserContext, extensionId: string, clientId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/tokens.html#${encodeURIComponent(clientId)}`);
  return page;
}

/** Clicks "Get tokens" and returns the Webex tab it opens, on the consent page. */
async function startConsent(context: BrowserContext, tokens: Page): Promise<Page> {
  const opened = context.waitForEvent('page');
  await tokens.getByRole('button', { name: 'Get tokens', exact: true }).click();
  const consent = await opened;
  await consent.waitForURL(/idbroker\.webex\.com\/idb\/oauth2\/v1\/consent|webexapis\.com\/v1\/authorize/);
  return consent;
}

/** storage.local holds no token and no secret; the capture in storage.session holds no token. */
async function expectNothingStored(page: Page, fake: FakeWebex, clientId: string): Promise<void> {
  const { local, session } = await page.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: Record<'local' | 'session', { get(k: null): Promise<Record<string, unknown>> }> };
      }
    ).chrome.storage;
    return { local: await storage.local.get(null), session: await storage.session.get(null) };
  });
  const dump = JSON.stringify(local);
  for (const secret of [...fake.issued, fake.registration.clientSecret]) expect(dump).not.toContain(secret);
  expect(dump).not.toMatch(/accessToken|refreshToken/);
  const record = (session.captures as CaptureRecord[] | undefined)?.find((r) => r.credentials.clientId === clientId);
  expect(record?.tokens).toBeUndefined();
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('CCBI journey: fill with "register this browser", create, get tokens, show, copy, refresh, test access, reminders, copy for the vendor', async ({
  context,
  extensionId,
  webex,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await grantSiteAccess(context, extensionId, ['https://webexapis.com/*', 'https://oauth.pstmn.io/*']);
  const page = await context.newPage();
  await page.goto(NEW_FORM);
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('bs-ccbi');
  await popup.getByLabel('End customer name').fill('Example Corp');
  await popup.getByText('Options', { exact: true }).click();
  await popup.getByLabel('Also register this browser for token retrieval').check();
  const own = `https://${extensionId}.chromiumapp.org/`;
  await expect(popup.getByText(own)).toBeVisible();
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Filled.');
  await page.bringToFront();
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  expect((await submissions(page))[0]!.redirectUris).toEqual([REDIRECT, own]);
  const [clientId, secret, oauthUrl] = (await page.locator('dl.credentials code').allTextContents()) as [
    string,
    string,
    string,
  ];
  const fake = fakeFor({ clientId, secret, scopes: new URL(oauthUrl).searchParams.get('scope')!.split(' ') });
  fake.registration.redirectUris.push(own);
  webex(fake);

  await popup.reload();
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Get tokens…' }).click();
  const tokens = await opened;
  await expect(tokens.getByRole('heading', { name: 'Tokens for “CCBI for Webex”' })).toBeVisible();
  await expect(tokens.getByLabel('Redirect URI registered on the integration')).toHaveValue(REDIRECT);

  const consent = await startConsent(context, tokens);
  await expect(consent.getByRole('heading', { name: /Allow/ })).toBeVisible();
  const closed = consent.waitForEvent('close');
  await consent.getByRole('button', { name: 'Accept' }).click();
  await closed; // the extension closed the Webex tab once it reached the redirect URI
  await expect(tokens.getByText('Tokens obtained.')).toBeVisible();

  // What the server received: PKCE on authorize, then secret + code + verifier + same redirect URI.
  const authorize = new URL(fake.log.find((r) => r.url.startsWith('https://webexapis.com/v1/authorize'))!.url);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT);
  const exchange = fake.log.find((r) => r.form?.grant_type === 'authorization_code')!.form!;
  expect(exchange).toMatchObject({ client_id: clientId, client_secret: secret, redirect_uri: REDIRECT });

  const [access, refresh] = fake.issued as [string, string];
  await expect(tokens.getByText(access)).toHaveCount(0); // masked until Show
  await tokens.getByRole('button', { name: 'Show access token' }).click();
  await expect(tokens.getByText(access)).toBeVisible();
  await expect(tokens.locator('#access-expiry')).toContainText('Access token expires in 14 days');
  await expect(tokens.locator('#refresh-expiry')).toContainText('Refresh token expires in 90 days');
  await expect(
    tokens.getByText('The tokens’ scopes match the preset “b+s CCBI (Webex Calling and Contact Center)”.'),
  ).toBeVisible();
  await tokens.getByRole('button', { name: 'Copy access token' }).click();
  await expect.poll(() => readClipboard(tokens)).toBe(access);
  await tokens.getByRole('button', { name: 'Copy refresh token' }).click();
  await expect.poll(() => readClipboard(tokens)).toBe(refresh);
  await expect(tokens.getByText(/clears in \d+ s/)).toBeVisible();

  await tokens.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(tokens.getByText('Tokens refreshed.')).toBeVisible();
  const refreshed = fake.log.find((r) => r.form?.grant_type === 'refresh_token')!.form!;
  expect(refreshed).toMatchObject({ refresh_token: refresh, client_secret: secret });
  await expect(tokens.getByText(fake.issued[2]!)).toBeVisible(); // still shown, now the new one

  await tokens.getByRole('button', { name: 'Test access' }).click();
  await expect(tokens.getByText('The access token works: signed in as CCBI Admin.')).toBeVisible();
  await expect(tokens.getByText(ORG_UUID, { exact: true })).toBeVisible();
  await expect(tokens.getByText(fake.apiOrgId)).toBeVisible();
  await tokens.getByRole('button', { name: 'Copy Organization ID' }).click();
  await expect.poll(() => readClipboard(tokens)).toBe(ORG_UUID);

  for (const scheme of ['light', 'dark'] as const) {
    await tokens.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page: tokens }).analyze();
    expect(
      axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]),
      scheme,
    ).toEqual([]);
  }

  const download = tokens.waitForEvent('download');
  await tokens.getByRole('button', { name: 'Add expiry reminders' }).click();
  const ics = readFileSync((await (await download).path())!, 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('SUMMARY:CCBI for Webex: Webex access token expires tomorrow');
  for (const token of fake.issued) expect(ics).not.toContain(token);

  // CCBI is a bundle: only its Webex Calling integration exists yet; the other is named as missing.
  await expect(tokens.getByRole('list', { name: 'Still missing' })).toHaveText(
    'Webex Contact Center is missing: not created yet: fill it on the portal and click "Add Integration".',
  );
  await tokens.getByRole('button', { name: 'Copy for the vendor' }).click();
  const handOver = await expect
    .poll(() => readClipboard(tokens))
    .toMatch(/^Webex Calling: Integration name: CCBI for Webex\n/)
    .then(() => readClipboard(tokens));
  const lines = handOver.split('\n').map((l) => l.replace(/^Webex Calling: /, '').replace(/ \(.*\)$/, ''));
  expect(lines.map((l) => l.split(': ')[0])).toEqual([
    'Integration name',
    'Client ID',
    'Client Secret',
    'Organization ID',
    'Access token',
    'Access token expires',
    'Refresh token',
    'Refresh token expires',
  ]);
  expect(lines).toContain(`Client Secret: ${secret}`);
  expect(lines).toContain(`Organization ID: ${ORG_UUID}`);
  expect(lines).toContain(`Refresh token: ${fake.issued[3]}`);
  await tokens.getByRole('button', { name: 'Copy as JSON' }).click();
  await expect.poll(async () => JSON.parse(await readClipboard(tokens)).calling?.orgId).toBe(ORG_UUID);

  // Tokens are in memory with the credentials; storage.local never sees them.
  const local = JSON.stringify(
    await tokens.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    ),
  );
  for (const value of [...fake.issued, secret]) expect(local).not.toContain(value);

  await popup.reload();
  await expect(
    popup.getByText('Tokens obtained: the access token expires in 14 days, the refresh token in 90 days.'),
  ).toBeVisible();
  await popup.getByRole('button', { name: 'Forget' }).click();
  await expect(tokens.getByText(/No captured credentials for Client ID/)).toBeVisible();
  const session = JSON.stringify(
    await tokens.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
      ).chrome.storage.session.get(null),
    ),
  );
  for (const token of fake.issued) expect(session).not.toContain(token);
});

test.describe('each way "Get tokens" can fail says so, and stores nothing', () => {
  let created: Created;
  let fake: FakeWebex;
  let tokens: Page;

  test.beforeEach(async ({ context, extensionId, webex }) => {
    await grantSiteAccess(context, extensionId, ['https://webexapis.com/*', 'https://oauth.pstmn.io/*']);
    created = await createAndCapture(context, extensionId);
    fake = fakeFor(created);
    webex(fake);
  });

  test.afterEach(async () => {
    await expectNothingStored(tokens, fake, created.clientId);
  });

  const error = () => tokens.locator('#token-error');

  test('denied consent', async ({ context, extensionId }) => {
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Decline' }).click();
    await expect(error()).toHaveText('Consent was denied on the Webex page; nothing was stored.');
    expect(consent.isClosed()).toBe(true);
  });

  test('a state mismatch', async ({ context, extensionId }) => {
    fake.misbehave.wrongState = true;
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Accept' }).click();
    await expect(error()).toHaveText(
      'The answer did not carry the state this request sent; it was ignored. Start again.',
    );
    expect(fake.log.some((r) => r.form)).toBe(false); // the code was never exchanged
  });

  test('the sign-in tab closed by the user', async ({ context, extensionId }) => {
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.close();
    await expect(error()).toHaveText('The Webex sign-in tab was closed before it finished; nothing was stored.');
  });

  test('no answer within 5 minutes', async ({ context, extensionId }) => {
    tokens = await context.newPage();
    await tokens.clock.install();
    await tokens.goto(`chrome-extension://${extensionId}/tokens.html#${encodeURIComponent(created.clientId)}`);
    const consent = await startConsent(context, tokens);
    await expect(tokens.getByText('This page gives up after 5 minutes.', { exact: false })).toBeVisible();
    const closed = consent.waitForEvent('close');
    await tokens.clock.fastForward('05:01');
    await expect(error()).toContainText('No answer from the Webex sign-in tab after 5 minutes; it was closed');
    await closed;
  });

  test('a wrong client secret: Webex’s message with its tracking id', async ({ context, extensionId }) => {
    fake.registration.clientSecret = 'e'.repeat(64); // the secret was regenerated on the portal since
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Accept' }).click();
    await expect(error()).toHaveText(
      /^Webex refused \(401\): The client credentials are invalid\. Check the Client ID and Client Secret\. Tracking id: ROUTER_[0-9A-F]{16}\.$/,
    );
  });

  test('an expired code, in OAuth’s error shape', async ({ context, extensionId, webexServer }) => {
    fake.misbehave.oauthErrorShape = true;
    // The code is used up before the extension sends it: Webex now calls it invalid or expired.
    webexServer.beforeToken = (form) => void fake.handle('POST', 'https://webexapis.com/v1/access_token', form, {});
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Accept' }).click();
    await expect(error()).toHaveText(
      'Webex refused (400): The authorization code is invalid or expired. The code or refresh token may be expired or already used; start again.',
    );
  });

  test('a redirect URI the integration does not have', async ({ context, extensionId }) => {
    fake.registration.redirectUris = ['https://vendor.example.com/other-callback'];
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const webex = await startConsent(context, tokens);
    await expect(error()).toContainText(
      `Webex did not accept the request and showed its own error page (left open in the tab). The usual cause is a redirect URI that is not registered on the integration: ${REDIRECT}.`,
    );
    await expect(webex.getByRole('heading', { name: 'Invalid redirect_uri' })).toBeVisible();
  });

  test('the network being down', async ({ context, extensionId, webexServer }) => {
    webexServer.networkDown = true;
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Accept' }).click();
    await expect(error()).toContainText('Could not reach webexapis.com (');
    await expect(error()).toContainText('Check the connection and try again.');
  });

  test('429 with Retry-After', async ({ context, extensionId }) => {
    fake.misbehave.rateLimitSeconds = 42;
    tokens = await openTokensPage(context, extensionId, created.clientId);
    const consent = await startConsent(context, tokens);
    await consent.getByRole('button', { name: 'Accept' }).click();
    await expect(error()).toHaveText('Webex asks to slow down (429): try again in 42 s.');
  });
});

/**
 * The hand-off in real Chromium: the credentials captured on the portal replica go into the
 * vendor's own page, by label, never submitted. What the vendor page received is read from its
 * own record of input events.
 *
 * In these tests the popup is opened as a page, not by a toolbar click, so Chrome does not grant
 * `activeTab`. Instead the tests allow the vendor sites the way Chrome lets a user do it
 * (chrome://extensions → Site access → On specific sites) and have the extension take them up
 * (tests/support/site-access.ts). That gives what `activeTab` gives after a real click: the
 * tab's address and the right to put the hand-off engine into it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { submissions } from '../support/replica-fixtures';
import { VENDOR_ORIGINS, vendorPageResponse } from '../vendor-pages/pages';
import { grantHostPermissions } from '../support/site-access';
import { expect, openPopup, test } from './fixtures';

const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';
const ACCESS_PORTAL = 'https://ap.fiji.agat.world';
const EXTERNAL_PORTAL = 'https://env29.agatcloud.com';
/** The button names the values and the site they go to. */
const FILL_SPHERE =
  'Fill Client ID, Client Secret, Integration ID and External Portal Web API URL into ap.fiji.agat.world';

async function serveVendorPages(context: BrowserContext, extensionId: string) {
  for (const origin of VENDOR_ORIGINS)
    await context.route(`${origin}/**`, (route) => route.fulfill(vendorPageResponse(route.request().url())));
  await grantHostPermissions(
    context,
    extensionId,
    VENDOR_ORIGINS.map((o) => `${o}/*`),
  );
}

interface Created {
  clientId: string;
  secret: string;
  integrationId: string;
}

/** The SphereShield preset filled from the popup, "Add Integration", the credentials as shown. */
async function createSphereShield(
  context: BrowserContext,
  extensionId: string,
  external = EXTERNAL_PORTAL,
): Promise<Created> {
  const page = await context.newPage();
  await page.goto(NEW_FORM);
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await popup.getByLabel('Access Portal URL').fill(ACCESS_PORTAL);
  if (external) await popup.getByLabel('External Portal Web API URL').fill(external);
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Filled.');
  await page.bringToFront();
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  expect((await submissions(page))[0]!.redirectUris).toEqual([`${ACCESS_PORTAL}/account/webexauth`]);
  const [clientId, secret, , integrationId] = (await page.locator('dl.credentials code').allTextContents()) as [
    string,
    string,
    string,
    string,
  ];
  await popup.close();
  return { clientId, secret, integrationId };
}

/** Opens the vendor page, then the popup on it (the popup acts on the last tab used before it). */
async function vendorAndPopup(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ vendor: Page; popup: Page }> {
  const vendor = await context.newPage();
  await vendor.goto(url);
  await vendor.bringToFront();
  const popup = await openPopup(context, extensionId);
  return { vendor, popup };
}

const recorded = (page: Page) =>
  page.evaluate(() => ({
    recorded: JSON.parse(sessionStorage.getItem('vendor:recorded') ?? '{}') as Record<string, string>,
    saved: sessionStorage.getItem('vendor:saved'),
  }));

test('SphereShield: create, then "Fill this page" on the Admin Portal puts the four values where they belong, and never saves', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  const created = await createSphereShield(context, extensionId);
  const { vendor, popup } = await vendorAndPopup(context, extensionId, `${ACCESS_PORTAL}/account/webexauth`);

  const list = popup.getByRole('list', { name: 'Fields to fill' });
  await expect(list).toContainText(`Client ID: ${created.clientId}`);
  await expect(list).toContainText('Client Secret: ••••••••••••'); // masked in the popup
  await expect(list).not.toContainText(created.secret);
  await expect(list).toContainText(`External Portal Web API URL: ${EXTERNAL_PORTAL}`);
  await expect(popup.locator('#handoff-tab')).toHaveText(`This tab: ${ACCESS_PORTAL}/account/webexauth`);
  await popup.getByRole('button', { name: FILL_SPHERE }).click();
  const result = popup.getByRole('list', { name: 'Hand-off result' });
  await expect(result).toHaveText(
    [
      'Client ID: filled',
      'Client Secret: filled',
      'Integration ID: filled',
      'External Portal Web API URL: filled',
    ].join(''),
    { useInnerText: false },
  );
  expect(await recorded(vendor)).toEqual({
    recorded: {
      clientId: created.clientId,
      clientSecret: created.secret,
      integrationId: created.integrationId,
      externalPortalUrl: EXTERNAL_PORTAL,
    },
    saved: null, // the extension never submits
  });
  await expect(vendor.getByLabel('Search settings')).toHaveValue(''); // the decoy that mentions "Client ID"

  const axe = await new AxeBuilder({ page: popup }).analyze();
  expect(axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).toEqual([]);

  // Again: nothing changes, each field says so.
  await popup.getByRole('button', { name: FILL_SPHERE }).click();
  await expect(result).toContainText('Client Secret: already filled');
});

test('a page on another origin gets no fill, and the popup names the origin it expected', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  await createSphereShield(context, extensionId);
  const { vendor, popup } = await vendorAndPopup(context, extensionId, 'https://other.example.com/account/webexauth');
  await expect(popup.getByRole('button', { name: 'Fill this page' })).toBeDisabled();
  await expect(popup.locator('#handoff-reason')).toHaveText(
    'The hand-off fills a page on https://ap.fiji.agat.world; this tab is on https://other.example.com.',
  );
  expect((await recorded(vendor)).recorded).toEqual({});
});

test('a parameter needed only for the hand-off is asked for in the hand-off, not before', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  const created = await createSphereShield(context, extensionId, '');
  const { vendor, popup } = await vendorAndPopup(context, extensionId, `${ACCESS_PORTAL}/account/webexauth`);
  await expect(popup.getByRole('button', { name: 'Fill this page' })).toBeDisabled();
  await expect(
    popup.getByText(`“SphereShield for Webex Meetings” fills ${ACCESS_PORTAL}/account/webexauth:`),
  ).toBeVisible();
  await popup.locator('#handoff-param-externalPortalUrl').fill(EXTERNAL_PORTAL);
  await popup.getByRole('button', { name: FILL_SPHERE }).click();
  await expect(popup.getByRole('list', { name: 'Hand-off result' })).toContainText(
    'External Portal Web API URL: filled',
  );
  expect((await recorded(vendor)).recorded).toMatchObject({
    clientSecret: created.secret,
    externalPortalUrl: EXTERNAL_PORTAL,
  });
});

test('"Fill matching fields" shows what it found on the site it names, fills no secret until it is ticked, never a look-alike or contenteditable', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  const created = await createSphereShield(context, extensionId);
  const { vendor, popup } = await vendorAndPopup(context, extensionId, 'https://n8n.example.com/credentials/new');
  await expect(popup.getByRole('button', { name: 'Fill this page' })).toBeDisabled(); // SphereShield's page is elsewhere
  await popup.getByRole('button', { name: 'Fill matching fields on n8n.example.com…' }).click();
  const choices = popup.getByRole('group', { name: 'Fields on n8n.example.com labelled like what was captured:' });
  await expect(choices.getByRole('checkbox', { name: 'Client ID' })).toBeChecked();
  // The secret is offered, never pre-ticked, and says where it would go.
  const secret = choices.getByRole('checkbox', { name: 'Client Secret' });
  await expect(secret).not.toBeChecked();
  await expect(secret).toHaveAccessibleDescription('a secret: tick it to send it to n8n.example.com');
  expect((await recorded(vendor)).recorded).toEqual({}); // looking changes nothing
  await popup.getByRole('button', { name: 'Fill Client ID into n8n.example.com' }).click();
  await expect(popup.getByRole('list', { name: 'Hand-off result' })).toHaveText('Client ID: filled', {
    useInnerText: false,
  });
  expect((await recorded(vendor)).recorded).toEqual({ clientId: created.clientId });

  // Only once ticked does the secret go, to the site the button names.
  await popup.getByRole('button', { name: 'Fill matching fields on n8n.example.com…' }).click();
  await popup.getByRole('checkbox', { name: 'Client Secret' }).check();
  await popup.getByRole('button', { name: 'Fill Client ID and Client Secret into n8n.example.com' }).click();
  await expect(popup.getByRole('list', { name: 'Hand-off result' })).toHaveText(
    'Client ID: already filledClient Secret: filled',
    { useInnerText: false },
  );
  expect(await recorded(vendor)).toEqual({
    recorded: { clientId: created.clientId, clientSecret: created.secret },
    saved: null,
  });
  await expect(vendor.getByLabel('Client ID prefix')).toHaveValue('');
  await expect(vendor.getByLabel('Secret notes')).toHaveValue('');
  await expect(vendor.locator('#iid')).toHaveText(''); // contenteditable "Integration ID": never written
});

test('on a foreign site with a live capture, the popup names that site in every hand-off action', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  await createSphereShield(context, extensionId);
  const { vendor, popup } = await vendorAndPopup(context, extensionId, 'https://evil.example/login');
  await expect(popup.locator('#handoff-tab')).toHaveText('This tab: https://evil.example/login');
  await expect(popup.getByRole('button', { name: 'Fill this page' })).toBeDisabled();
  await expect(popup.locator('#handoff-reason')).toHaveText(
    'The hand-off fills a page on https://ap.fiji.agat.world; this tab is on https://evil.example.',
  );
  await popup.getByRole('button', { name: 'Fill matching fields on evil.example…' }).click();
  await expect(popup.getByRole('checkbox', { name: 'Client Secret' })).not.toBeChecked();
  await expect(popup.getByRole('button', { name: 'Fill Client ID into evil.example' })).toBeVisible();
  expect((await recorded(vendor)).recorded).toEqual({});
});

test('an order whose page navigated to another site before it ran fills nothing, and says why', async ({
  context,
  extensionId,
}) => {
  await serveVendorPages(context, extensionId);
  await createSphereShield(context, extensionId);
  const { vendor, popup } = await vendorAndPopup(context, extensionId, `${ACCESS_PORTAL}/account/webexauth`);
  const fill = popup.getByRole('button', { name: FILL_SPHERE });
  await expect(fill).toBeEnabled();
  // The tab moves on after the popup looked at it, same path, another site.
  await vendor.goto('https://other.example.com/account/webexauth');
  await fill.click();
  await expect(popup.getByRole('status').filter({ hasText: 'Nothing was filled' })).toHaveText(
    `This tab is now on https://other.example.com, not ${ACCESS_PORTAL} as shown in the popup. Nothing was filled.`,
  );
  expect((await recorded(vendor)).recorded).toEqual({});
});

test('a preset whose hand-off carries the secret without saying where it may go is rejected by the import preview, with its path', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const citrixLike = {
    schemaVersion: 3,
    id: 'microapp-anywhere',
    name: 'Microapp (anywhere)',
    vendor: 'Example',
    source: 'A test',
    portal: 'developer.webex.com',
    integration: {
      name: 'Microapp',
      description: 'Reads meetings',
      redirectUris: ['https://microapp.example.com/callback'],
      scopes: ['spark:all'],
    },
    handOff: {
      fields: [
        { labels: ['Client ID'], value: '{clientId}' },
        { labels: ['Client secret'], value: '{clientSecret}' },
      ],
    },
  };
  await options.getByLabel('Or paste presets to import').fill(JSON.stringify(citrixLike));
  await options.getByRole('button', { name: 'Preview import' }).click();
  await expect(
    options.getByText(/handOff: fills \{clientSecret\} \(handOff\.fields\[1\]\) on whatever page is open/),
  ).toBeVisible();
});

test('"Open the OAuth URL" opens the captured URL in a new tab, and says how to use a private window instead', async ({
  context,
  extensionId,
}) => {
  // Offline, the tab shows a network error; with webexapis.com allowed, the tab's address is readable.
  await grantHostPermissions(context, extensionId, ['https://webexapis.com/*']);
  await createSphereShield(context, extensionId);
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Open the OAuth URL' }).click();
  const tabUrls = () =>
    popup.evaluate(async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string }>> } };
          }
        ).chrome.tabs.query({})
      ).map((t) => t.pendingUrl || t.url || ''),
    );
  await expect
    .poll(tabUrls)
    .toContainEqual(
      expect.stringMatching(/^https:\/\/webexapis\.com\/v1\/authorize\?client_id=C[0-9a-f]{64}&response_type=code&/),
    );
  await expect(popup.getByText(/^Opened in a new tab\. To use a private window instead/)).toBeVisible();
});

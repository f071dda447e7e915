/**
 * Presets for the vendors admins meet, through the popup in Chromium: a bundle created one
 * integration after the other on both portals, a feature group switched off, and a scope Webex
 * added after the catalog was made (accepted with a warning, filled where the portal offers it).
 */
import type { Page } from '@playwright/test';
import { submissions } from '../support/replica-fixtures';
import { expect, openPopup, test } from './fixtures';

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function addIntegration(page: Page) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  return (await page.locator('dl.credentials code').allTextContents()) as [string, string, string, string];
}

test('a bundle: CCBI’s two integrations, created one after the other on their two portals, each capture labelled, both in "Copy for the vendor"', async ({
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const calling = await context.newPage();
  await calling.goto('https://developer.webex.com/my-apps/new/integration');
  let popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('bs-ccbi');
  await expect(popup.getByRole('group', { name: /needs 2 integrations/ })).toBeVisible();
  // The tab is on developer.webex.com: the Calling integration is the one offered.
  await expect(popup.getByLabel('Integration 1 of 2: Webex Calling · developer.webex.com')).toBeChecked();
  await popup.getByLabel('End customer name').fill('Acme');
  // The other integration is for the other portal: said, not filled here.
  await popup.getByLabel('Integration 2 of 2: Webex Contact Center · developer.webex-cx.com').check();
  await expect(
    popup.getByText(
      'Integration 2 of 2: Webex Contact Center is created on developer.webex-cx.com; the portal tab is on developer.webex.com. Open developer.webex-cx.com to fill it.',
    ),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Fill form' })).toBeDisabled();
  await popup.getByLabel('Integration 1 of 2: Webex Calling · developer.webex.com').check();
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Filled. Scopes: 3 ticked');
  const [callingId, callingSecret] = await addIntegration(calling);
  expect((await submissions(calling))[0]!.scopes).toEqual([
    'identity:groups_read',
    'spark-admin:calling_cdr_read',
    'spark-admin:people_read',
    'spark:kms',
  ]);

  // After the first "Add Integration": this capture is labelled, and the next one is offered.
  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.locator('#creds-part')).toHaveText(
    'Integration 1 of 2: Webex Calling of “b+s CCBI (Webex Calling and Contact Center)”',
  );
  await expect(popup.getByRole('heading', { name: 'Next: Integration 2 of 2: Webex Contact Center' })).toBeVisible();
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open developer.webex-cx.com' }).click();
  const contactCenter = await opened;
  await contactCenter.waitForURL('https://developer.webex-cx.com/my-apps/new/integration');
  await contactCenter.locator('.scope-list[aria-busy=false]').waitFor();

  await popup.close();
  await contactCenter.bringToFront();
  popup = await openPopup(context, extensionId);
  await expect(popup.getByLabel('Integration 2 of 2: Webex Contact Center · developer.webex-cx.com')).toBeChecked();
  await expect(popup.getByLabel('Integration 1 of 2: Webex Calling · developer.webex.com · created')).toBeVisible();
  await popup.getByLabel('End customer name').fill('Acme');
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Scopes: 3 ticked');
  await contactCenter.getByLabel(/I accept the Terms of Service/).check(); // the user's, never the extension's
  const [ccId, ccSecret] = await addIntegration(contactCenter);

  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.locator('#creds-part')).toHaveText(
    'Integration 2 of 2: Webex Contact Center of “b+s CCBI (Webex Calling and Contact Center)”',
  );
  await expect(popup.getByRole('heading', { name: /^Next:/ })).toHaveCount(0);
  const tokensOpened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Get tokens…' }).click();
  const tokens = await tokensOpened;
  await tokens.getByRole('button', { name: 'Copy as JSON' }).click();
  await expect
    .poll(async () => JSON.parse(await readClipboard(tokens)))
    .toMatchObject({
      calling: { integrationName: 'CCBI for Webex', clientId: callingId, clientSecret: callingSecret },
      contactCenter: { integrationName: 'CCBI for Webex', clientId: ccId, clientSecret: ccSecret },
    });
  await expect(tokens.getByRole('list', { name: 'Still missing' })).toContainText(
    'Webex Calling: Organization ID is missing: click “Test access”.',
  );
});

test('a feature group switched off is not ticked; one switched on is', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration');
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('splunk-ta-cisco-webex');
  await popup.getByLabel('Splunk Web host').fill('splunk.example.com:8000');
  const features = popup.getByRole('group', { name: /^Features/ });
  await expect(features.getByLabel('Scheduled Meetings input')).toBeChecked(); // on by default
  await features.getByLabel('Scheduled Meetings input').uncheck();
  await features.getByLabel('Admin and Security Audit Events input').check();
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Filled. Scopes: 2 ticked');
  await addIntegration(page);
  expect((await submissions(page))[0]!.scopes).toEqual(['audit:events_read', 'spark:kms', 'spark:organizations_read']);
});

test('a scope Webex added after the catalog (meeting:summaries_read): imported with a warning, filled where the portal offers it, "not offered" where not', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const preset = {
    schemaVersion: 3,
    id: 'acme-summaries',
    name: 'Acme meeting summaries',
    vendor: 'Acme',
    source: 'Acme guide',
    portal: 'developer.webex.com',
    integration: {
      name: 'Acme summaries',
      description: 'Reads AI Assistant summaries',
      redirectUris: ['https://acme.example.com/cb'],
      scopes: ['meeting:schedules_read', 'meeting:summaries_read'],
    },
  };
  await options.getByLabel('Or paste presets to import').fill(JSON.stringify(preset));
  await options.getByRole('button', { name: 'Preview import' }).click();
  const preview = options.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText(
    'Warning: integration.scopes[1]: "meeting:summaries_read" is not in the scope catalog nor seen on developer.webex.com yet',
  );
  await preview.getByRole('button', { name: 'Confirm import' }).click();
  await expect(options.getByText('Imported: 1 added, 0 replaced, 0 rejected.')).toBeVisible();

  for (const [query, status] of [
    ['extra=meeting:summaries_read', 'ticked'],
    ['', 'not offered'],
  ] as const) {
    const page = await context.newPage();
    await page.goto(`https://developer.webex.com/my-apps/new/integration?${query}`);
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    const popup = await openPopup(context, extensionId);
    await popup.getByLabel('Preset', { exact: true }).selectOption('acme-summaries');
    await popup.getByRole('button', { name: 'Fill form' }).click();
    if (status === 'ticked') {
      await expect(popup.getByRole('status').first()).toContainText('Filled. Scopes: 2 ticked');
      await addIntegration(page);
      expect((await submissions(page))[0]!.scopes).toContain('meeting:summaries_read');
    } else {
      await expect(popup.getByRole('status').first()).toContainText('Filled, with problems.');
      await expect(popup.getByText(/meeting:summaries_read: not offered/)).toBeVisible();
    }
    await page.close();
    await popup.close();
  }

  // The fill that saw it taught the catalog: the options page now knows it, with the portal's words.
  await options.reload();
  await options.getByLabel('Start from a built-in preset').selectOption('calcom-webex');
  await options.getByLabel('Search scopes').fill('summaries');
  await expect(options.locator('[id="scope-option-meeting:summaries_read-desc"]')).toHaveText(
    /^Read the meeting summaries the AI Assistant writes · seen on the portal on \d{4}-\d{2}-\d{2}$/,
  );
});

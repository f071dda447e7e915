import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createByHand, submissions } from '../support/replica-fixtures';
import { expect, openPopup, portalAndPopup, test } from './fixtures';

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the whole journey in the popup: preset, parameter, fill, Add Integration, copy every credential', async ({
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration');
  let popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('button', { name: 'Fill form' })).toBeDisabled();
  await expect(popup.getByText('Choose a preset.')).toBeVisible();
  await popup.getByLabel('Search presets').fill('agat');
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await expect(popup.getByText('AGAT Software · developer.webex.com · 19 scopes')).toBeVisible();
  await expect(popup.getByText('Fill in Access Portal URL.')).toBeVisible(); // why Fill is disabled
  await popup.getByLabel('Access Portal URL').fill('ap.fiji.agat.world');
  await expect(
    popup.getByText('Access Portal URL must be an absolute URL like https://ap.fiji.agat.world'),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Fill form' })).toBeDisabled();
  await expect(popup.getByText('Fix Access Portal URL above.')).toBeVisible();
  await popup.getByLabel('Access Portal URL').fill('https://ap.fiji.agat.world');
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Filled. Scopes: 19 ticked, 0 already, 0 unticked');

  await page.bringToFront();
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  const onPage = await page.locator('dl.credentials code').allTextContents();
  const [clientId, secret, oauthUrl, integrationId] = onPage as [string, string, string, string];
  expect((await submissions(page))[0]!.name).toBe('SphereShield');

  await popup.close();
  popup = await openPopup(context, extensionId);
  // On the result page the popup leads with the credentials; the fill form is gone.
  await expect(popup.getByRole('heading', { name: 'Credentials for “SphereShield”' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Fill form' })).toHaveCount(0);
  await expect(popup.getByText('Scopes match the preset “SphereShield for Webex Meetings”.')).toBeVisible();
  await expect(popup.getByText(secret)).toHaveCount(0); // masked until Show
  await popup.getByRole('button', { name: 'Show Client Secret' }).click();
  await expect(popup.getByText(secret)).toBeVisible();

  const copies: Array<[string, string]> = [
    ['Copy Client ID', clientId],
    ['Copy Client Secret', secret],
    ['Copy Integration ID', integrationId],
    ['Copy OAuth URL', oauthUrl],
  ];
  for (const [button, value] of copies) {
    await popup.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => readClipboard(popup)).toBe(value);
  }
  await popup.getByRole('button', { name: 'Copy all…' }).click();
  await popup.getByRole('button', { name: 'Copy all as JSON' }).click();
  await expect
    .poll(async () => JSON.parse(await readClipboard(popup)))
    .toEqual({ clientId, clientSecret: secret, integrationId, oauthUrl });
  await popup.getByText('The OAuth URL in full').click();
  await popup.getByRole('button', { name: 'Copy OAuth URL with a random state' }).click();
  await expect.poll(() => readClipboard(popup)).toMatch(/&state=[0-9a-f]{32}$/);
  await expect(popup.getByText(/clears in \d+ s/)).toBeVisible();

  // No secret anywhere in storage.local, whatever the key.
  const local = await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get: (k: null) => Promise<object> } } } }
    ).chrome.storage.local.get(null),
  );
  const dump = JSON.stringify(local);
  for (const value of [secret, clientId, integrationId]) expect(dump).not.toContain(value);

  // "Fill another integration" brings the form back, with the preset last used.
  await popup.getByRole('button', { name: 'Fill another integration' }).click();
  await expect(popup.getByLabel('Preset', { exact: true })).toHaveValue('sphereshield-webex-meetings');
  await popup.close();
  popup = await openPopup(context, extensionId);

  await popup.getByRole('button', { name: 'Forget' }).click();
  await expect(popup.getByText('Credentials forgotten.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Copy Client Secret' })).toHaveCount(0);
});

test('the clipboard is cleared after the delay only when it still holds what was copied', async ({
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration?delay=0');
  const popup = await openPopup(context, extensionId);
  await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set: (x: object) => Promise<void> } } } }
    ).chrome.storage.local.set({
      settings: { clipboardClearSeconds: 10, forgetAfterMinutes: 60 },
    }),
  );
  // Create an integration by hand so there is something to copy.
  await page.bringToFront();
  await createByHand(page, {
    name: 'Clip test',
    icon: 1,
    description: 'x',
    redirectUri: 'https://a.example.com/cb',
    scope: 'spark:all',
  });
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  await popup.reload();

  await popup.getByRole('button', { name: 'Copy Client Secret' }).click();
  await expect(popup.getByText(/Copied Client Secret · clears in \d+ s/)).toBeVisible();
  await expect.poll(() => readClipboard(popup), { timeout: 15_000, intervals: [1000] }).toBe('');
  await expect(popup.getByText('Clipboard cleared (it held Client Secret).')).toBeVisible();

  await popup.getByRole('button', { name: 'Copy Client ID' }).click();
  await popup.evaluate(() => navigator.clipboard.writeText('something the user copied'));
  await expect(popup.getByText('Clipboard left alone: it holds something you copied since.')).toBeVisible({
    timeout: 15_000,
  });
  expect(await readClipboard(popup)).toBe('something the user copied');
});

test('popup and options page (both editor tabs) have no accessibility violations in either theme (axe)', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration');
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await popup.getByLabel('Access Portal URL').fill('not a url');
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page: popup }).analyze();
    expect(
      result.violations,
      `${scheme}: ${JSON.stringify(result.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))}`,
    ).toEqual([]);
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Start from a built-in preset').selectOption('calcom-webex');
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    for (const tab of ['Form', 'Advanced (JSON)']) {
      await options.getByRole('tab', { name: tab }).click();
      const result = await new AxeBuilder({ page: options }).analyze();
      expect(
        result.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]),
        `options, ${tab}, ${scheme}`,
      ).toEqual([]);
    }
  }
});

test('options: a malformed custom preset is rejected with paths and kept in the editor; a valid one reaches the popup', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Start from a built-in preset').selectOption('calcom-webex');
  // The form first; the JSON is its "Advanced" tab, the same preset.
  await expect(options.getByLabel('Name', { exact: true })).toHaveValue('Cal.com: Webex (self-hosted) (custom)');
  await options.getByRole('tab', { name: 'Advanced (JSON)' }).click();
  const editor = options.getByLabel('Preset JSON');
  const good = await editor.inputValue();
  const bad = good.replace('"meeting:schedules_write"', '"meeting:schedule_write"');
  await editor.fill(bad);
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByRole('alert')).toContainText(
    'integration.scopes[1]: unknown scope "meeting:schedule_write" on developer.webex.com (singular or plural): did you mean meeting:schedules_write?',
  );
  await expect(editor).toHaveValue(bad);
  await editor.fill(good);
  await options.getByRole('tab', { name: 'Form' }).click();
  await expect(options.getByRole('group', { name: 'Scopes on developer.webex.com (2 selected)' })).toBeVisible();
  await options.getByLabel('Search scopes').fill('recordings');
  await options.getByLabel('meeting:recordings_read', { exact: true }).check();
  await expect(options.getByRole('group', { name: 'Scopes on developer.webex.com (3 selected)' })).toBeVisible();
  expect(JSON.parse(await editor.inputValue()).integration.scopes).toContain('meeting:recordings_read');
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByText('Saved “Cal.com: Webex (self-hosted) (custom)”.')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Delete Cal.com: Webex (self-hosted) (custom)' })).toBeVisible();

  const portal = await context.newPage();
  await portal.goto('https://developer.webex.com/my-apps/new/integration');
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('calcom-webex-custom');
  await expect(popup.getByText('Cal.com · developer.webex.com · 3 scopes')).toBeVisible();
});

test('options: settings are saved and read back', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Clear the clipboard after copying')).toHaveValue('30');
  await options.getByLabel('Clear the clipboard after copying').selectOption('120');
  await options.getByLabel('Forget captured credentials after').selectOption('15');
  await expect(options.getByText('Settings saved.')).toBeVisible();
  await options.reload();
  await expect(options.getByLabel('Clear the clipboard after copying')).toHaveValue('120');
  await expect(options.getByLabel('Forget captured credentials after')).toHaveValue('15');
});

test('the Exact mode switch unticks, on a new form, a scope the user ticked that the preset does not list', async ({
  context,
  extensionId,
}) => {
  const { page, popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/new/integration',
  );
  await page.getByLabel('spark:all').check();
  await popup.getByLabel('Preset', { exact: true }).selectOption('citrix-microapps-webex');
  await popup.getByLabel(/Integration 2 of 2: OAuth client/).check();
  await popup.getByLabel('Microapp server host').fill('acme.us.iwsprod.cloud.com');
  await popup.getByText('Options', { exact: true }).click();
  await popup.getByLabel('Exact mode (untick scopes the preset does not list)').check();
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup.getByRole('status').first()).toContainText('Scopes: 1 ticked, 0 already, 1 unticked');
  await expect(page.getByLabel('spark:all')).not.toBeChecked();
  await expect(page.getByLabel('meeting:schedules_write')).toBeChecked();
});

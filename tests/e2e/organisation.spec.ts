/**
 * Presets for organisations, in Chromium with the built extension:
 * - organisation presets through a REAL policy file (Chromium's managed policy folder), read-only,
 *   filling the replica; built-ins hidden by the policy's default;
 * - "Make a preset from this page" on the replica's edit page, saved and used again;
 * - importing a list of 3 with a preview; corrupt stored presets offered for repair.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { canWritePolicy, extensionWithPolicy } from '../support/chromium-policy';
import { launchWithExtension } from '../support/launch';
import { routeReplica, submissions } from '../support/replica-fixtures';
import { EXT_DIR, expect, openPopup, test } from './fixtures';

const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';
const ORG_PRESET = {
  schemaVersion: 2,
  id: 'acme-meetings-archive',
  name: 'Acme: meetings archive (approved)',
  vendor: 'Acme IT',
  source: 'Acme integration standard, v3',
  portal: 'developer.webex.com',
  integration: {
    name: 'Acme Meetings Archive',
    description: 'Archives meeting recordings for Acme compliance.',
    redirectUris: ['https://archive.acme.example/oauth/webex'],
    scopes: ['meeting:recordings_read', 'meeting:admin_recordings_read', 'spark:people_read'],
  },
};
const INVALID_ORG_PRESET = {
  ...ORG_PRESET,
  id: 'acme-broken',
  integration: { ...ORG_PRESET.integration, scopes: ['meeting:recording_read'] },
};

const storageLocal = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null),
  );

test.describe('organisation presets from a real Chromium policy', () => {
  // Chromium on Linux reads its managed policy folder; writing there needs root (as on CI).
  test.skip(!canWritePolicy(), 'needs write access to /etc/chromium/policies/managed (run as root, as CI does)');

  test('shown read-only in their own group, an invalid one listed with its problem, built-ins hidden, and they fill', async () => {
    const ext = extensionWithPolicy(EXT_DIR, {
      presets: [ORG_PRESET, INVALID_ORG_PRESET],
      defaults: { hideBuiltinPresets: true, clipboardClearSeconds: 10 },
    });
    let context: BrowserContext | undefined;
    try {
      ({ context } = await launchWithExtension(ext.dir));
      await routeReplica(context);
      const page = await context.newPage();
      await page.goto(NEW_FORM);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${ext.id}/popup.html`);
      const group = popup.locator('optgroup[label="Your organisation"]');
      await expect(group.locator('option')).toHaveText([
        'Acme: meetings archive (approved) (Acme IT) · developer.webex.com',
      ]);
      await expect(popup.locator('#preset option', { hasText: 'SphereShield' })).toHaveCount(0); // built-ins hidden by policy
      await expect(
        popup.getByText(
          /Your organisation’s presets include invalid ones, left out: acme-broken \(integration\.scopes\[0\]: unknown scope "meeting:recording_read"/,
        ),
      ).toBeVisible();

      await popup.getByLabel('Preset', { exact: true }).selectOption(ORG_PRESET.id);
      await popup.getByRole('button', { name: 'Fill form' }).click();
      await expect(popup.getByRole('status').first()).toContainText('Filled.');
      await page.bringToFront();
      await page.getByRole('button', { name: 'Add Integration' }).click();
      await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
      const [sent] = await submissions(page);
      expect(sent).toMatchObject({
        name: 'Acme Meetings Archive',
        redirectUris: ['https://archive.acme.example/oauth/webex'],
      });
      expect([...sent!.scopes].sort()).toEqual([...ORG_PRESET.integration.scopes, 'spark:kms'].sort());

      const options = await context.newPage();
      await options.goto(`chrome-extension://${ext.id}/options.html`);
      const orgList = options.getByRole('list', { name: 'Organisation presets' });
      await expect(orgList).toContainText('Acme: meetings archive (approved)');
      await expect(orgList).toContainText('acme-broken: invalid, not offered');
      await expect(orgList.getByRole('button', { name: /^Delete/ })).toHaveCount(0); // read-only
      await expect(options.getByRole('heading', { name: 'Built-in presets' })).toHaveCount(0);
      await expect(options.getByLabel('Clear the clipboard after copying')).toHaveValue('10'); // the policy's default
      const axe = await new AxeBuilder({ page: options }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // Duplicate: the organisation's preset as a new custom draft with a fresh id.
      await orgList.getByRole('button', { name: `Duplicate ${ORG_PRESET.name}` }).click();
      const draft = JSON.parse(await options.getByLabel('Preset JSON').inputValue());
      expect(draft).toMatchObject({
        id: `${ORG_PRESET.id}-copy`,
        name: `${ORG_PRESET.name} (copy)`,
        integration: ORG_PRESET.integration,
      });
    } finally {
      await context?.close();
      ext.cleanup();
    }
  });
});

test('"Make a preset from this page" on an existing integration: saved, it fills a new form to the same scopes', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/ccbi-for-webex');
  // The replica's seeded integration has these scopes ticked. The popup is opened at once: the
  // reader must wait for a scope list that is still rendering.
  const ticked = [
    'identity:groups_read',
    'meeting:schedules_read',
    'spark-admin:people_read',
    'spark:kms',
    'spark:people_read',
  ];
  const popup = await openPopup(context, extensionId);
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Make a preset from this page' }).click();
  const options = await opened;
  await expect(options.getByText(/A draft from the portal page is in the editor/)).toBeVisible();
  const draft = JSON.parse(await options.getByLabel('Preset JSON').inputValue());
  expect(draft.integration).toMatchObject({
    name: 'CCBI for Webex',
    redirectUris: ['https://oauth.pstmn.io/v1/callback', 'https://old.example.com/callback'],
  });
  expect(draft.integration.scopes).toEqual(ticked);

  // Saving as is names what is missing; the user adds the vendor and the source.
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByRole('alert')).toContainText('vendor');
  await options.getByRole('tab', { name: 'Advanced (JSON)' }).click();
  await options
    .getByLabel('Preset JSON')
    .fill(JSON.stringify({ ...draft, vendor: 'b+s', source: 'Our working CCBI integration' }));
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByText(/^Saved “CCBI for Webex”/)).toBeVisible();

  const form = await context.newPage();
  await form.goto(NEW_FORM);
  const popup2 = await openPopup(context, extensionId);
  await popup2.getByLabel('Preset', { exact: true }).selectOption(draft.id);
  await popup2.getByRole('button', { name: 'Fill form' }).click();
  await expect(popup2.getByRole('status').first()).toContainText('Filled.');
  await form.bringToFront();
  await form.getByRole('button', { name: 'Add Integration' }).click();
  await expect(form.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  const [sent] = await submissions(form);
  expect([...sent!.scopes].sort()).toEqual([...draft.integration.scopes].sort());
  expect(sent!.redirectUris).toEqual(draft.integration.redirectUris);
});

const mkPreset = (id: string, scopes: string[]) => ({
  schemaVersion: 2,
  id,
  name: `Preset ${id}`,
  vendor: 'Vendor',
  source: 'Guide',
  portal: 'developer.webex.com',
  integration: { name: 'N', description: 'D', redirectUris: ['https://v.example.com/cb'], scopes },
});

test('importing 3 (one invalid, one replacing) shows the preview; Cancel changes nothing; Confirm gives exactly the preview', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('tab', { name: 'Advanced (JSON)' }).click();
  await options.getByLabel('Preset JSON').fill(JSON.stringify(mkPreset('mine', ['spark:kms', 'spark:people_read'])));
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByText(/^Saved/)).toBeVisible();
  const before = await storageLocal(options);

  const file = [
    mkPreset('fresh', ['meeting:schedules_read']),
    mkPreset('mine', ['spark:kms', 'meeting:recordings_read']),
    { ...mkPreset('wrong', ['spark:kms']), portal: 'example.com' },
  ];
  await options.getByLabel('Or paste presets to import').fill(JSON.stringify(file));
  await options.getByRole('button', { name: 'Preview import' }).click();
  const preview = options.getByRole('region', { name: 'Import preview' });
  // Each preset with what it does with the credentials: where sign-in returns, what its hand-off fills, the scopes of a new one.
  await expect(preview.getByRole('listitem')).toHaveText([
    'Added: Preset fresh (fresh)Sign-in returns tohttps://v.example.comHand-off fillsnothing (no hand-off)Scopes (1)meeting:schedules_read',
    'Replaced: Preset mine (mine) · scopes added: meeting:recordings_read · scopes removed: spark:people_readSign-in returns tohttps://v.example.comHand-off fillsnothing (no hand-off)',
    /^Rejected: \[2\] wrong: portal: /,
  ]);
  const axe = await new AxeBuilder({ page: options }).analyze();
  expect(axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).toEqual([]);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(await storageLocal(options)).toEqual(before); // cancelling changed nothing

  await options.getByRole('button', { name: 'Preview import' }).click();
  await preview.getByRole('button', { name: 'Confirm import' }).click();
  await expect(options.getByText('Imported: 1 added, 1 replaced, 1 rejected.')).toBeVisible();
  const stored = (await storageLocal(options)).customPresets as {
    presets: Array<{ id: string; integration: { scopes: string[] } }>;
  };
  expect(stored.presets.map((p) => [p.id, p.integration.scopes])).toEqual([
    ['fresh', ['meeting:schedules_read']],
    ['mine', ['spark:kms', 'meeting:recordings_read']],
  ]);

  // Export all: one file, each entry a valid preset.
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported.map((p: { id: string }) => p.id)).toEqual(['fresh', 'mine']);
});

test('corrupt stored presets: the valid ones load, the rest need repair with their raw JSON, nothing is overwritten', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const broken = { id: 'half', name: 42 };
  await options.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }
      ).chrome.storage.local.set({ customPresets: value }),
    { version: 1, presets: [mkPreset('good', ['spark:kms']), broken] },
  );
  await options.reload();
  await expect(options.getByText('Preset good', { exact: true })).toBeVisible();
  await expect(options.getByText(/^Needs repair: half/)).toBeVisible();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download half as JSON' }).click();
  expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8'))).toEqual(broken);

  // Saving another preset keeps the broken one exactly as it was.
  await options.getByRole('tab', { name: 'Advanced (JSON)' }).click();
  await options.getByLabel('Preset JSON').fill(JSON.stringify(mkPreset('another', ['spark:kms'])));
  await options.getByRole('button', { name: 'Validate and save' }).click();
  await expect(options.getByText(/^Saved/)).toBeVisible();
  const stored = (await storageLocal(options)).customPresets as { presets: unknown[] };
  expect(stored.presets).toContainEqual(broken);
});

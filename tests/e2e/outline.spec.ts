/**
 * "Copy page outline" end to end: a fill that misses a scope on the replica, the outline copied
 * from the popup, and that outline saved as a file replays as a test reproducing the same report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOutlineHeader } from '../../core/outline/header';
import { expect, openPopup, test } from './fixtures';

test('a fill with a missing scope → "Copy page outline" → the clipboard outline, saved, is a test that reproduces the report', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration?missing=meeting:admin_schedule_write');
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await popup.getByLabel('Access Portal URL').fill('https://ap.customer-private.example');
  await popup.getByRole('button', { name: 'Fill form' }).click();
  const report = popup.getByRole('status').first();
  await expect(report).toContainText('meeting:admin_schedule_write');
  await expect(report).toContainText('nearest on the page: meeting:admin_schedule_read'); // self-diagnosis

  await popup.getByRole('button', { name: 'Copy page outline' }).click();
  await expect(popup.getByText(/^Copied the page outline \(\d+ kB\)/)).toBeVisible();
  const outline = await popup.evaluate(() => navigator.clipboard.readText());
  const header = readOutlineHeader(outline)!;
  expect(header).toMatchObject({ host: 'developer.webex.com', page: 'new-integration', version: '0.1.0' });
  expect(header.expect?.scopes['not offered']).toEqual(['meeting:admin_schedule_write']);
  expect(outline).not.toContain('customer-private'); // the typed parameter: neither its value nor the redirect URI built from it

  // The options page's "Report a problem" copies the same page's outline (without a fill to go with it).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Copy page outline' }).click();
  await expect(options.getByText(/^Copied the page outline/)).toBeVisible();
  expect(readOutlineHeader(await options.evaluate(() => navigator.clipboard.readText()))?.expect).toBeUndefined();

  // Saved under a portal-outlines folder, it is a test, and it passes: it reproduces the report.
  const dir = mkdtempSync(path.join(tmpdir(), 'outlines-'));
  writeFileSync(path.join(dir, 'from-a-user.html'), outline);
  const run = execFileSync('npx', ['vitest', 'run', 'tests/unit/portal-outlines.test.ts', '--reporter=verbose'], {
    env: { ...process.env, OUTLINES_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // execFileSync throws on a failing run; the passing line names the file.
  expect(run).toMatch(/✓ .*from-a-user\.html reproduces the report in its header/);
});

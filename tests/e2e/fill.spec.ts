import type { Page } from '@playwright/test';
import { SPHERE, SWITCHES, expectedScopes, sphereSubmission } from '../support/matrix';
import { fillRequest } from '../support/presets';
import { submissions } from '../support/replica-fixtures';
import { expect, fillFrom, openPopup, portalAndPopup, test } from './fixtures';

async function addIntegration(page: Page) {
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
}

for (const query of SWITCHES) {
  test(`fills SphereShield exactly on ?${query}`, async ({ context, extensionId }) => {
    const { page, popup } = await portalAndPopup(
      context,
      extensionId,
      `https://developer.webex.com/my-apps/new/integration?${query}`,
    );
    const report = await fillFrom(popup, SPHERE);
    expect(report.ok, JSON.stringify(report, null, 1)).toBe(true);
    expect(report.totals.scopes.ticked).toBe(19);
    await page.bringToFront();
    await addIntegration(page);
    const [sent] = await submissions(page);
    expect(sent).toMatchObject(sphereSubmission(query));
    const email = report.fields.find((f) => f.field === 'contactEmail');
    expect(email?.status).toBe(query.includes('contactEmail') ? 'filled' : 'not on this form');
  });
}

test('a scope the portal lacks is "not offered" (optional) and the rest is still exact', async ({
  context,
  extensionId,
}) => {
  const { page, popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/new/integration?missing=spark-admin:calls_write',
  );
  const report = await fillFrom(popup, SPHERE);
  expect(report.ok).toBe(true);
  expect(report.scopes.find((s) => s.scope === 'spark-admin:calls_write')).toMatchObject({
    status: 'not offered',
    optional: true,
  });
  await page.bringToFront();
  await addIntegration(page);
  expect((await submissions(page))[0]!.scopes).toEqual(expectedScopes(SPHERE.integration.scopes));
});

test('a required scope the portal lacks fails the report, by name', async ({ context, extensionId }) => {
  const { popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/new/integration?missing=meeting:controls_write',
  );
  const report = await fillFrom(popup, SPHERE);
  expect(report.ok).toBe(false);
  expect(report.scopes.find((s) => s.scope === 'meeting:controls_write')).toMatchObject({
    status: 'not offered',
    needsUser: true,
  });
});

test('spark:all disabling the user scopes is reported as disabled', async ({ context, extensionId }) => {
  const { popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/new/integration?sparkAllExclusive=1',
  );
  const request = fillRequest('citrix-microapps-webex', {
    microappServer: 'acme.us.iwsprod.cloud.com',
  });
  request.integration.scopes.push('spark:people_read');
  const report = await fillFrom(popup, request);
  expect(report.scopes.find((s) => s.scope === 'spark:people_read')).toMatchObject({
    status: 'disabled',
    detail: 'disabled on the page: Included in spark:all',
  });
});

test('Contact Center: fills the cjp scopes without confusing cjp:config and cjp:config_write, leaves the terms to the user', async ({
  context,
  extensionId,
}) => {
  const { page, popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex-cx.com/my-apps/new/integration',
  );
  const request = fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'contactCenter' });
  const report = await fillFrom(popup, request);
  expect(report.fields.find((f) => f.field === 'terms')).toMatchObject({
    status: 'left to you',
    needsUser: true,
  });
  await page.bringToFront();
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByText('You must accept the Terms of Service and Privacy Policy.')).toBeVisible();
  await page.getByLabel('I accept the Terms of Service and Privacy Policy').check();
  await addIntegration(page);
  const [sent] = await submissions(page);
  expect(sent).toMatchObject({
    portal: 'developer.webex-cx.com',
    description: 'Integration of b+s CCBI for customer Acme',
    termsAccepted: true,
  });
  expect(sent!.scopes).toEqual(expectedScopes(['cjp:config', 'cjp:config_write', 'cjp:config_read']));
});

test('applying twice changes nothing the second time', async ({ context, extensionId }) => {
  const { popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/new/integration?markup=aria',
  );
  await fillFrom(popup, SPHERE);
  const second = await fillFrom(popup, SPHERE);
  expect(second.totals.scopes).toMatchObject({ ticked: 0, already: 19, unticked: 0, failed: 0 });
  expect(second.fields.filter((f) => f.status === 'filled')).toEqual([]);
});

test('edit page: exact mode unticks extras, replaces redirect URIs, and Save sends exactly the preset', async ({
  context,
  extensionId,
}) => {
  const { page, popup } = await portalAndPopup(
    context,
    extensionId,
    'https://developer.webex.com/my-apps/ccbi-for-webex',
  );
  const report = await fillFrom(popup, fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'calling' }));
  expect(report.page).toBe('edit-integration');
  expect(report.exact).toBe(true);
  expect(
    report.scopes
      .filter((s) => s.status === 'unticked')
      .map((s) => s.scope)
      .sort(),
  ).toEqual(['meeting:schedules_read', 'spark:people_read']);
  await page.bringToFront();
  await page.getByRole('button', { name: 'Save' }).click();
  const [sent] = await submissions(page);
  expect(sent).toMatchObject({ kind: 'save', redirectUris: ['https://oauth.pstmn.io/v1/callback'] });
  expect(sent!.scopes).toEqual(
    expectedScopes(['spark-admin:calling_cdr_read', 'spark-admin:people_read', 'identity:groups_read']),
  );
});

test('the preset’s icon is uploaded through the file input; a wrong-size icon is reported, not hidden', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration');
  const png = (size: number) =>
    page.evaluate((s) => {
      const canvas = document.createElement('canvas');
      canvas.width = s;
      canvas.height = s;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#0a6ed1';
      g.fillRect(0, 0, s, s);
      return canvas.toDataURL('image/png');
    }, size);
  const popup = await openPopup(context, extensionId);

  const wrong = fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'calling' });
  wrong.integration.icon = { dataUrl: await png(100), fileName: 'small.png' };
  wrong.timeoutMs = 2000;
  const refused = await fillFrom(popup, wrong);
  expect(refused.fields.find((f) => f.field === 'icon')).toMatchObject({
    status: 'failed',
    detail: 'the portal did not accept the icon (512×512 PNG or JPEG)',
    needsUser: true,
  });

  const right = fillRequest('bs-ccbi', { customerName: 'Acme' }, 'auto', { part: 'calling' });
  right.integration.icon = { dataUrl: await png(512), fileName: 'acme.png' };
  const report = await fillFrom(popup, right);
  expect(report.fields.find((f) => f.field === 'icon')).toMatchObject({ status: 'filled', detail: 'acme.png' });
  await page.bringToFront();
  await addIntegration(page);
  expect((await submissions(page))[0]).toMatchObject({ icon: 'upload:acme.png:image/png:512x512' });
});

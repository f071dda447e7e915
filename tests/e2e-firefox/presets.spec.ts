/**
 * Presets for the vendors admins meet, in Firefox: a bundle created on both portals with both
 * captures labelled and "Copy for the vendor" holding both, a feature group switched off, and a
 * scope newer than the catalog filled where the portal offers it.
 */
import type { Page } from 'puppeteer-core';
import { fillRequest, loadPreset } from '../support/presets';
import { capturedFor } from '../support/captures';
import type { CaptureRecord } from '../../core/session/credentials-store';
import { resolvePreset } from '../../core/presets/resolve-preset';
import { validatePreset } from '../../core/presets/validate';
import { fillRequestOf } from '../../core/presets/fill-request';
import { partOf } from '../../core/presets/parts';
import { POPUP, expect, fillFrom, submissions, submit, test } from './fixtures';

const credentialsOn = (page: Page) =>
  page.$$eval('dl.credentials code', (codes) => codes.map((c) => c.textContent ?? ''));

test('Firefox: CCBI’s two integrations on their two portals, each capture labelled, both in "Copy for the vendor"', async ({
  ff,
}) => {
  const values = { customerName: 'Acme' };
  const calling = await ff.portalPage('https://developer.webex.com/my-apps/new/integration');
  let popup = await ff.openPopup();
  expect((await fillFrom(popup, fillRequest('bs-ccbi', values, 'auto', { part: 'calling' }))).ok).toBe(true);
  await submit(calling);
  const [callingId, callingSecret] = await credentialsOn(calling);

  const cc = await ff.portalPage('https://developer.webex-cx.com/my-apps/new/integration');
  expect(
    (await fillFrom(popup, fillRequest('bs-ccbi', values, 'auto', { part: 'contactCenter' }))).totals.scopes.ticked,
  ).toBe(3);
  await cc.click('xpath///label[contains(., "I accept the")]/input'); // the user's, never the extension's
  await submit(cc);
  const [ccId, ccSecret] = await credentialsOn(cc);
  await expect.poll(() => capturedFor(popup, ccId!)).toMatchObject({ clientSecret: ccSecret });

  const parts = await popup.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        browser: { storage: { session: { get(k: string): Promise<{ captures: CaptureRecord[] }> } } };
      }
    ).browser;
    return (await api.storage.session.get('captures')).captures.map((c) => [
      c.credentials.clientId,
      c.applied?.part?.key,
    ]);
  });
  expect(parts).toEqual([
    [ccId, 'contactCenter'],
    [callingId, 'calling'],
  ]);

  // The tokens page of either holds both in "Copy for the vendor".
  popup = await ff.browser.newPage();
  await popup.goto(`${POPUP.replace('popup.html', 'tokens.html')}#${ccId}`, { timeout: 250 }).catch(() => undefined);
  await popup.waitForSelector('xpath///button[text()="Copy as JSON"]');
  await popup.click('xpath///button[text()="Copy as JSON"]');
  await expect
    .poll(async () => JSON.parse((await popup.evaluate(() => navigator.clipboard.readText())) || '{}'))
    .toMatchObject({
      calling: { clientId: callingId, clientSecret: callingSecret },
      contactCenter: { clientId: ccId, clientSecret: ccSecret },
    });
});

test('Firefox: a feature group switched off is not ticked', async ({ ff }) => {
  const page = await ff.portalPage('https://developer.webex.com/my-apps/new/integration');
  const popup = await ff.openPopup();
  const request = fillRequest('splunk-ta-cisco-webex', { splunkDomain: 'splunk.example.com:8000' }, 'auto', {
    groups: new Set(['auditEvents']),
  });
  const report = await fillFrom(popup, request);
  expect(report.scopes.map((s) => [s.scope, s.status])).toEqual([
    ['audit:events_read', 'ticked'],
    ['spark:organizations_read', 'ticked'],
  ]);
  await submit(page);
  expect((await submissions(page))[0]!.scopes).toEqual(['audit:events_read', 'spark:kms', 'spark:organizations_read']);
});

test('Firefox: meeting:summaries_read, newer than the catalog: a warning, ticked where offered, "not offered" where not', async ({
  ff,
}) => {
  const doc = JSON.parse(JSON.stringify(loadPreset('calcom-webex')));
  doc.id = 'calcom-summaries';
  doc.integration.scopes.push('meeting:summaries_read');
  const checked = validatePreset(doc);
  expect(checked.ok && checked.warnings?.map((w) => w.path)).toEqual(['integration.scopes[2]']);
  const preset = checked.ok ? checked.value : (undefined as never);
  const spec = resolvePreset(preset, { calcomUrl: 'https://cal.example.com' });
  const request = fillRequestOf(preset, partOf(preset), spec.ok ? spec.value : (undefined as never));
  for (const [query, status] of [
    ['?extra=meeting:summaries_read', 'ticked'],
    ['', 'not offered'],
  ] as const) {
    await ff.portalPage(`https://developer.webex.com/my-apps/new/integration${query}`);
    const popup = await ff.openPopup();
    const report = await fillFrom(popup, request);
    expect(report.scopes.find((s) => s.scope === 'meeting:summaries_read')?.status).toBe(status);
  }
});

/**
 * Generated portal pages through the built add-on in Firefox (the first pages of the Chromium
 * suite's seed): filled exactly, the user's "Add Integration", credentials captured.
 */
import type { CaptureRecord } from '../../core/session/credentials-store';
import { readSubmissionScript } from '../generated/render';
import { fillRequestFor } from '../generated/request';
import { E2E_SEED, e2eSpecs, generatedHtml } from '../generated/serve';
import { expectedSubmission, shownCredentials } from '../generated/spec';
import { expect, fillFrom, test } from './fixtures';

const COUNT = Number(process.env.E2E_GEN_PAGES_FIREFOX ?? 6);

e2eSpecs(COUNT).forEach((spec, i) => {
  test(`Firefox: generated page ${i + 1}/${COUNT} filled exactly, credentials captured (E2E_GEN_SEED=${E2E_SEED})`, async ({
    ff,
  }) => {
    const serve = () => ({ status: 200, contentType: 'text/html; charset=utf-8', body: generatedHtml(spec) });
    const page = await ff.portalPage('https://developer.webex.com/my-apps/new/integration', serve);
    const popup = await ff.openPopup();
    const report = await fillFrom(popup, fillRequestFor(spec));
    const context = JSON.stringify({ fields: report.fields, scopes: report.scopes.filter((s) => s.needsUser) });
    expect(
      report.scopes
        .filter((s) => s.status === 'not offered')
        .map((s) => s.scope)
        .sort(),
      context,
    ).toEqual([...spec.missing].sort());
    expect(
      report.fields.filter((f) => f.status === 'failed'),
      context,
    ).toEqual([]);

    await page.bringToFront();
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Congratulations'));
    expect(await page.evaluate(readSubmissionScript)).toEqual(expectedSubmission(spec));

    const shown = shownCredentials(spec);
    await expect
      .poll(async () => {
        const { captures } = (await popup.evaluate(() =>
          (
            globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<unknown> } } } }
          ).browser.storage.session.get('captures'),
        )) as { captures?: CaptureRecord[] };
        const c = captures?.find((x) => x.credentials.clientId === shown.clientId)?.credentials;
        return c
          ? {
              integrationName: c.integrationName,
              clientId: c.clientId,
              clientSecret: c.clientSecret,
              integrationId: c.integrationId,
              oauthUrl: c.oauthUrl,
            }
          : null;
      })
      .toEqual(shown);
  });
});

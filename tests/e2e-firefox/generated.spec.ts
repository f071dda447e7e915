/**
 * Generated portal pages through the built add-on in Firefox (the first pages of the Chromium
 * suite's seed): filled exactly, the user's "Add Integration", credentials captured.
 */
import { readSubmissionScript } from '../generated/render';
import { fillRequestFor } from '../generated/request';
import { E2E_SEED, e2eSpecs, generatedHtml } from '../generated/serve';
import { expectedReport, expectedSubmission, reportSummary, shownCredentials } from '../generated/spec';
import { capturedFor } from '../support/captures';
import { expect, fillFrom, test } from './fixtures';

const COUNT = Number(process.env.E2E_GEN_PAGES_FIREFOX ?? 8);

e2eSpecs(COUNT).forEach((spec, i) => {
  test(`Firefox: generated page ${i + 1}/${COUNT} filled exactly, credentials captured (E2E_GEN_SEED=${E2E_SEED})`, async ({
    ff,
  }) => {
    const serve = () => ({ status: 200, contentType: 'text/html; charset=utf-8', body: generatedHtml(spec) });
    const page = await ff.portalPage('https://developer.webex.com/my-apps/new/integration', serve);
    const popup = await ff.openPopup();
    const report = await fillFrom(popup, fillRequestFor(spec));
    const context = JSON.stringify({ fields: report.fields, scopes: report.scopes.filter((s) => s.needsUser) });
    expect(reportSummary(report), context).toEqual(expectedReport(spec));

    await page.bringToFront();
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Congratulations'));
    expect(await page.evaluate(readSubmissionScript)).toEqual(expectedSubmission(spec));

    // The user reveals a masked secret, as the result view asks (the values may come late).
    if (spec.result.masked && spec.result.secretAs === 'text') {
      const show = await page.waitForSelector('pierce/button[aria-label="Show Client Secret"]');
      await show!.click();
    }
    const shown = shownCredentials(spec);
    await expect.poll(() => capturedFor(popup, shown.clientId)).toEqual(shown);
  });
});

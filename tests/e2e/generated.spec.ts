/**
 * Generated portal pages through the built extension in Chromium: the content script fills
 * each page, the user's "Add Integration" is clicked, and the portal's recorded submission and the
 * credentials the background captured are checked against the page's truth. The pages come
 * from the same generator as the unit property (tests/generated), with a fixed seed.
 */
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { readSubmissionScript } from '../generated/render';
import { fillRequestFor } from '../generated/request';
import { E2E_SEED, e2eSpecs, generatedHtml } from '../generated/serve';
import { expectedReport, expectedSubmission, type PageSpec, reportSummary, shownCredentials } from '../generated/spec';
import { capturedFor } from '../support/captures';
import { PORTAL_URL } from '../replica/serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browsers';
import { EXT_DIR, expect, fillFrom, test } from './fixtures';

const COUNT = Number(process.env.E2E_GEN_PAGES ?? 30);
const specs = e2eSpecs(COUNT);

test.describe.serial(`generated pages in Chromium (seed ${E2E_SEED})`, () => {
  let context: BrowserContext;
  let extensionPage: Page;
  let current: PageSpec;

  test.beforeAll(async () => {
    context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, ...CHROMIUM_ARGS],
    });
    await context.route(PORTAL_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generatedHtml(current) }),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  });
  test.afterAll(() => context.close());

  specs.forEach((spec, i) => {
    test(`generated page ${i + 1}/${COUNT}: filled exactly, credentials captured (E2E_GEN_SEED=${E2E_SEED})`, async () => {
      current = spec;
      const page = await context.newPage();
      await page.goto('https://developer.webex.com/my-apps/new/integration');
      await page.locator('html[data-webex-helper=ready]').waitFor();

      const report = await fillFrom(extensionPage, fillRequestFor(spec));
      const context_ = JSON.stringify({ fields: report.fields, scopes: report.scopes.filter((s) => s.needsUser) });
      expect(reportSummary(report), context_).toEqual(expectedReport(spec));

      await page.getByRole('button', { name: 'Add Integration' }).click();
      await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
      expect(await page.evaluate(readSubmissionScript)).toEqual(expectedSubmission(spec));

      // The user reveals a masked secret, as the result view asks (the values may come late).
      if (spec.result.masked && spec.result.secretAs === 'text')
        await page.getByRole('button', { name: 'Show Client Secret' }).click();
      const shown = shownCredentials(spec);
      await expect.poll(() => capturedFor(extensionPage, shown.clientId)).toEqual(shown);
      await page.close();
    });
  });
});

/**
 * npm start [-- --live | -- --replica=SWITCHES]: builds the extension and opens Chromium with it
 * loaded on the portal. Default: the offline replica (no Webex account needed), with the replica
 * switches given (e.g. --replica='markup=mdc&icon=pressed&result=wrapped'). --live: the real
 * developer.webex.com.
 * Without a display it runs headless, fills a preset through the popup, and writes screenshots; on
 * the replica it also gets tokens from a fake Webex server (tests/support/fake-webex.ts) that the
 * browser reaches instead of webexapis.com.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FakeWebex } from '../tests/support/fake-webex';
import { startFakeWebexServer } from '../tests/support/fake-webex-server';
import { launchWithExtension } from '../tests/support/launch';
import { routeReplica } from '../tests/support/replica-fixtures';
import { grantHostPermissions, grantSiteAccess } from '../tests/support/site-access';
import { VENDOR_ORIGINS, vendorPageResponse } from '../tests/vendor-pages/pages';
import { GUIDE_URL, guidePage } from '../tests/vendor-pages/guide-page';
import { contextMenuShot } from './context-menu-shot';
import { ensureBrowsers } from './ensure-browsers.mjs';

// Test builds: the content script marks the page it runs on (data-webex-helper), for the tests to wait on.
process.env.WXT_E2E = '1';

const live = process.argv.includes('--live');
const switches = live ? '' : (process.argv.find((a) => a.startsWith('--replica='))?.slice('--replica='.length) ?? '');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
ensureBrowsers();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
// Offline and headless: Webex's OAuth endpoints and the preset's redirect site are served by the fake.
const REDIRECT_HOST = 'ap.fiji.agat.world';
const webex = !live && headless ? await startFakeWebexServer([REDIRECT_HOST]) : null;
const { context, extensionId } = await launchWithExtension('.output/chrome-mv3', {
  headless,
  viewport: { width: 1200, height: 900 },
  args: webex?.chromiumArgs() ?? [],
});
if (!live) await routeReplica(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`https://developer.webex.com/my-apps/new/integration${switches ? `?${switches}` : ''}`);
const popupUrl = `chrome-extension://${extensionId}/popup.html`;

if (!headless) {
  console.log(
    `Chromium is open on ${live ? 'the real portal' : 'the offline replica'}. Click the extension's icon, or open ${popupUrl}. Close the window to stop.`,
  );
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const dir = path.resolve('screenshots');
  mkdirSync(dir, { recursive: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(popupUrl);
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await popup.getByLabel('Access Portal URL').fill('https://ap.fiji.agat.world');
  await popup.getByRole('button', { name: 'Fill form' }).click();
  await popup.getByText(/^Filled/).waitFor();
  await popup.screenshot({ path: `${dir}/popup-report.png`, fullPage: true });
  await page.bringToFront();
  await page.screenshot({ path: `${dir}/filled-form.png`, fullPage: true });
  if (!live) {
    await page.getByRole('button', { name: 'Add Integration' }).click();
    await page.getByRole('heading', { name: /Congratulations/ }).waitFor();
    await popup.reload();
    await popup.getByRole('button', { name: 'Copy Client ID' }).waitFor();
    await popup.screenshot({ path: `${dir}/popup-credentials.png`, fullPage: true });
    await tokensScreenshot(dir);
    await handOffScreenshots(dir);
  }
  const options = await context.newPage();
  await options.setViewportSize({ width: 800, height: 900 });
  await options.goto(popupUrl.replace('popup.html', 'options.html'));
  await options.getByLabel('Start from a built-in preset').selectOption('calcom-webex');
  await options.screenshot({ path: `${dir}/options.png` });
  await guideReviewScreenshot(dir);
  await context.close();
  await webex?.close();
  const menu = await contextMenuShot(`${dir}/guide-context-menu.png`);
  console.log(
    `No display: ran headless on the ${live ? 'real portal' : 'replica'}; screenshots in ${dir}/ (popup-report.png, filled-form.png${live ? '' : ', popup-credentials.png, tokens.png, handoff-popup.png, handoff-vendor.png'}, options.png, guide-review.png${menu ? ', guide-context-menu.png' : ''}).`,
  );
}

/** "Get tokens…" for the integration just created, against the fake server, then "Test access". */
async function tokensScreenshot(dir: string) {
  const [clientId, clientSecret, oauthUrl] = (await page.locator('dl.credentials code').allTextContents()) as [
    string,
    string,
    string,
  ];
  const url = new URL(oauthUrl);
  webex!.use(
    new FakeWebex({
      clientId,
      clientSecret,
      redirectUris: [url.searchParams.get('redirect_uri')!],
      scopes: url.searchParams.get('scope')!.split(' '),
      orgUuid: 'a5f91689-712e-402d-aa9f-0e4101389783',
      displayName: 'Demo Admin',
    }),
  );
  // Headless Chromium shows no permission prompt: allow the two sites as a user can in chrome://extensions.
  await grantSiteAccess(context, new URL(popupUrl).host, ['https://webexapis.com/*', `https://${REDIRECT_HOST}/*`]);
  const tokens = await context.newPage();
  await tokens.setViewportSize({ width: 800, height: 900 });
  await tokens.goto(popupUrl.replace('popup.html', `tokens.html#${clientId}`));
  const consent = context.waitForEvent('page');
  await tokens.getByRole('button', { name: 'Get tokens', exact: true }).click();
  const webexTab = await consent;
  await webexTab.getByRole('button', { name: 'Accept' }).click();
  await tokens.getByText('Tokens obtained.').waitFor();
  await tokens.getByRole('button', { name: 'Test access' }).click();
  await tokens.getByText(/The access token works/).waitFor();
  await tokens.screenshot({ path: `${dir}/tokens.png`, fullPage: true });
}

/** SphereShield's hand-off: the Admin Portal's Webex App page (a test page), filled from the popup. */
async function handOffScreenshots(dir: string) {
  for (const origin of VENDOR_ORIGINS)
    await context.route(`${origin}/**`, (route) => route.fulfill(vendorPageResponse(route.request().url())));
  // A popup opened as a page has no activeTab grant: allow the site as a user can (see the e2e test).
  await grantHostPermissions(context, new URL(popupUrl).host, [`https://${REDIRECT_HOST}/*`]);
  const vendor = await context.newPage();
  await vendor.setViewportSize({ width: 900, height: 420 });
  await vendor.goto(`https://${REDIRECT_HOST}/account/webexauth`);
  await vendor.bringToFront();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(popupUrl);
  await popup.locator('#handoff-param-externalPortalUrl').fill('https://env29.agatcloud.com');
  await popup.getByRole('button', { name: /^Fill Client ID, .* into ap\.fiji\.agat\.world$/ }).click();
  await popup.getByRole('list', { name: 'Hand-off result' }).waitFor();
  await popup.locator('section[aria-labelledby=handoff-title]').screenshot({ path: `${dir}/handoff-popup.png` });
  await vendor.screenshot({ path: `${dir}/handoff-vendor.png` });
}

/** "Make a Webex preset from the selection" on SphereShield's guide page: the review it opens. */
async function guideReviewScreenshot(dir: string) {
  await context.route(GUIDE_URL, (route) => route.fulfill({ contentType: 'text/html', body: guidePage() }));
  const guide = await context.newPage();
  await guide.goto(GUIDE_URL);
  const selected = await guide.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.querySelector('#step-6')!);
    range.setEndAfter(document.querySelector('#snippet')!);
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  const worker = context.serviceWorkers()[0]!;
  const opened = context.waitForEvent('page');
  // The menu's own click cannot be made headless: its handler gets the click's info as Chromium gives it.
  await worker.evaluate(
    ([selectionText, pageUrl, title]) =>
      (globalThis as unknown as { webexHelperGuideMenu(i: object, t: object): Promise<void> }).webexHelperGuideMenu(
        { menuItemId: 'make-preset-from-selection', selectionText, pageUrl },
        { title },
      ),
    [selected.replace(/\n/g, ' '), GUIDE_URL, await guide.title()],
  );
  const review = await opened;
  await review.setViewportSize({ width: 900, height: 1200 });
  const heading = review.getByRole('heading', { name: 'Review the draft' });
  await heading.waitFor();
  // The review's start: the finding counts, the names, the redirect URI and the first scopes.
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top + scrollY - 8);
  await review.screenshot({
    path: `${dir}/guide-review.png`,
    fullPage: true,
    clip: { x: 0, y: top, width: 900, height: 1200 },
  });
}

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
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FakeWebex } from '../tests/support/fake-webex';
import { startFakeWebexServer } from '../tests/support/fake-webex-server';
import { launchWithExtension } from '../tests/support/launch';
import { routeReplica } from '../tests/support/replica-fixtures';
import { grantSiteAccess } from '../tests/support/site-access';
import { type PopupViewName, POPUP_VIEWS, showPopupView } from '../tests/support/popup-views';
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
  const written: string[] = [];
  const shoot = async (shot: Page, name: string, options: Parameters<Page['screenshot']>[0] = {}) => {
    await shot.screenshot({ path: `${dir}/${name}`, ...options });
    written.push(name);
  };
  // Every view of the popup as it opens (400 × 600, where Chrome cuts it), light and dark.
  const flow: Partial<Record<PopupViewName, { popup: Buffer; tab: Buffer | null }>> = {};
  for (const view of live ? (['form', 'report'] as const) : POPUP_VIEWS) {
    const shown = await showPopupView(context, extensionId, view);
    for (const scheme of ['light', 'dark'] as const) {
      await shown.popup.emulateMedia({ colorScheme: scheme });
      await shoot(shown.popup, `popup-${view}-${scheme}.png`);
    }
    await shown.popup.emulateMedia({ colorScheme: 'light' });
    flow[view] = { popup: await shown.popup.screenshot(), tab: null };
    if (view === 'report') await shoot(shown.tab!, 'filled-form.png', { fullPage: true });
    if (view === 'result') await tokensScreenshot(shown.tab!, dir).then(() => written.push('tokens.png'));
    if (view === 'hand-off') {
      await shown.primary.click();
      await shown.popup.getByRole('list', { name: 'Hand-off result' }).waitFor();
      await shoot(shown.tab!, 'handoff-vendor.png');
    }
    if (shown.tab) {
      await shown.tab.bringToFront();
      flow[view]!.tab = await shown.tab.screenshot();
    }
    await shown.popup.close();
  }
  await storeImages(dir, flow).then((names) => written.push(...names));
  // The options page: the preset list, then the editor on a copy of a built-in; the welcome page.
  const options = await context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(popupUrl.replace('popup.html', 'options.html'));
  await options.getByLabel('Start from a built-in preset').selectOption('calcom-webex');
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 820 });
  await welcome.goto(popupUrl.replace('popup.html', 'welcome.html'));
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.evaluate(() => scrollTo(0, 0));
    await shoot(options, `options-${scheme}.png`);
    await options.locator('#editor').screenshot({ path: `${dir}/options-editor-${scheme}.png` });
    written.push(`options-editor-${scheme}.png`);
    await welcome.emulateMedia({ colorScheme: scheme });
    await shoot(welcome, `welcome-${scheme}.png`);
  }
  await guideReviewScreenshot(dir).then(() => written.push('guide-review.png'));
  await context.close();
  await webex?.close();
  if (await contextMenuShot(`${dir}/guide-context-menu.png`)) written.push('guide-context-menu.png');
  console.log(
    `No display: ran headless on the ${live ? 'real portal' : 'replica'}; ${written.length} screenshots in ${dir}/: ${written.join(', ')}.`,
  );
}

/**
 * Store-listing images (1280 × 800) of the main flow: the portal tab with the popup over it, and
 * a line saying what the step does.
 */
async function storeImages(
  dir: string,
  flow: Partial<Record<PopupViewName, { popup: Buffer; tab: Buffer | null }>>,
): Promise<string[]> {
  const steps: [PopupViewName, string, string][] = [
    [
      'report',
      'Fill the form from a vendor preset',
      'Exactly the scopes the vendor asks for, each one checked on the page.',
    ],
    ['result', 'Copy the credentials once, safely', 'Kept in memory only; the clipboard is cleared after 30 s.'],
    ['hand-off', 'Hand them to the vendor’s page', 'Only into the site the preset names, shown before you fill.'],
  ];
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const names: string[] = [];
  for (const [index, [view, title, line]] of steps.entries()) {
    const shot = flow[view];
    if (!shot?.tab) continue;
    const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;
      font-family:system-ui,sans-serif;background:linear-gradient(135deg,#0b3a6e,#1170cf);color:#fff">
      <h1 style="margin:40px 56px 4px;font-size:40px;font-weight:600">${title}</h1>
      <p style="margin:0 56px;font-size:22px;opacity:.92">${line}</p>
      <img src="${img(shot.tab)}" style="position:absolute;left:56px;top:170px;width:760px;border-radius:12px;
        box-shadow:0 12px 40px rgb(0 0 0/.35)">
      <img src="${img(shot.popup)}" style="position:absolute;right:56px;top:150px;width:400px;border-radius:12px;
        box-shadow:0 16px 48px rgb(0 0 0/.45)">
      </body></html>`);
    const name = `store-${index + 1}-${view}.png`;
    await page.screenshot({ path: `${dir}/${name}` });
    names.push(name);
  }
  await page.close();
  return names;
}

/** "Get tokens…" for the integration just created, against the fake server, then "Test access". */
async function tokensScreenshot(portal: Page, dir: string) {
  const [clientId, clientSecret, oauthUrl] = (await portal.locator('dl.credentials code').allTextContents()) as [
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

/**
 * Each view of the popup, reached the way a user reaches it, in a 400 × 600 px popup (Chrome cuts
 * a popup at 600 px): the e2e test measures them, npm start photographs them. Each returns the
 * popup, the view's primary action, and the portal or vendor tab beside it.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { VENDOR_ORIGINS, vendorPageResponse } from '../vendor-pages/pages';
import { grantHostPermissions } from './site-access';
import { startBeforeFirstControl } from './focus-start';

export const POPUP_VIEWPORT = { width: 400, height: 600 };
export const POPUP_VIEWS = ['form', 'report', 'result', 'hand-off', 'elsewhere'] as const;
export type PopupViewName = (typeof POPUP_VIEWS)[number];

export const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';
export const ACCESS_PORTAL = 'https://ap.fiji.agat.world';

export interface ShownView {
  popup: Page;
  /** The one action the view leads to, which must be visible without scrolling and reached by Tab. */
  primary: Locator;
  /** What else must be visible without scrolling (the report, in the report view). */
  alsoVisible?: Locator;
  /** The portal or vendor tab the popup speaks about (null: none). */
  tab: Page | null;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

async function formView(context: BrowserContext, extensionId: string): Promise<ShownView> {
  const tab = await context.newPage();
  await tab.goto(NEW_FORM);
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
  await popup.getByLabel('Access Portal URL').fill(ACCESS_PORTAL);
  return { popup, tab, primary: popup.getByRole('button', { name: 'Fill form' }) };
}

async function reportView(context: BrowserContext, extensionId: string): Promise<ShownView> {
  const shown = await formView(context, extensionId);
  await shown.primary.click();
  const report = shown.popup.getByRole('status').filter({ hasText: 'Filled.' });
  await report.waitFor();
  return { ...shown, alsoVisible: report };
}

/** The integration created on the portal: the popup opens on its credentials. */
async function resultView(context: BrowserContext, extensionId: string): Promise<ShownView> {
  const { popup: formPopup, tab } = await reportView(context, extensionId);
  await formPopup.close();
  await tab!.bringToFront();
  await tab!.getByRole('button', { name: 'Add Integration' }).click();
  await tab!.getByRole('heading', { name: /Congratulations/ }).waitFor();
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Copy Client Secret' }).waitFor();
  return { popup, tab, primary: popup.getByRole('button', { name: 'Copy Client Secret' }) };
}

/** SphereShield's Admin Portal page (a test page), with the credentials just captured. */
async function handOffView(context: BrowserContext, extensionId: string): Promise<ShownView> {
  for (const origin of VENDOR_ORIGINS)
    await context.route(`${origin}/**`, (route) => route.fulfill(vendorPageResponse(route.request().url())));
  // A popup opened as a page has no activeTab grant: allow the site as a user can (see site-access.ts).
  await grantHostPermissions(context, extensionId, [`${ACCESS_PORTAL}/*`]);
  const { popup: resultPopup } = await resultView(context, extensionId);
  await resultPopup.close();
  const tab = await context.newPage();
  await tab.goto(`${ACCESS_PORTAL}/account/webexauth`);
  await tab.bringToFront();
  const popup = await openPopup(context, extensionId);
  await popup.locator('#handoff-param-externalPortalUrl').fill('https://env29.agatcloud.com');
  return {
    popup,
    tab,
    primary: popup.getByRole('button', { name: /^Fill Client ID, .* into ap\.fiji\.agat\.world$/ }),
  };
}

/** No portal tab, nothing captured: what to do next. */
async function elsewhereView(context: BrowserContext, extensionId: string): Promise<ShownView> {
  // A blank tab last: the popup speaks about no web page.
  await (await context.newPage()).bringToFront();
  const popup = await openPopup(context, extensionId);
  return {
    popup,
    tab: null,
    primary: popup.getByRole('button', { name: 'Open developer.webex.com new integration page' }),
  };
}

export function showPopupView(context: BrowserContext, extensionId: string, view: PopupViewName): Promise<ShownView> {
  const views = {
    form: formView,
    report: reportView,
    result: resultView,
    'hand-off': handOffView,
    elsewhere: elsewhereView,
  };
  return views[view](context, extensionId);
}

/** Where the view ends and where its primary action is, in CSS px from the popup's top. */
export async function measureView(
  shown: ShownView,
): Promise<{ height: number; primaryBottom: number; alsoBottom: number | null }> {
  const height = await shown.popup.evaluate(() => document.documentElement.scrollHeight);
  const bottom = async (locator: Locator) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`not shown: ${locator.toString()}`);
    return Math.round(box.y + box.height);
  };
  return {
    height: Math.round(height),
    primaryBottom: await bottom(shown.primary),
    alsoBottom: shown.alsoVisible ? await bottom(shown.alsoVisible) : null,
  };
}

/** Tab presses from the top of the popup until the primary action has the focus (null: never, within 40). */
export async function tabsToPrimary(shown: ShownView): Promise<number | null> {
  // Start where a freshly opened popup starts: before its first control.
  await shown.popup.evaluate(startBeforeFirstControl);
  for (let presses = 1; presses <= 40; presses++) {
    await shown.popup.keyboard.press('Tab');
    if (await shown.primary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return presses;
  }
  return null;
}

/**
 * The popup's form and result views in Firefox, in a 400 × 600 popup: the primary action is within
 * the first 600 px and reached by Tab from the top.
 */
import type { Page } from 'puppeteer-core';
import { expect, submit, test } from './fixtures';
import { startBeforeFirstControl } from '../support/focus-start';

const FORM = 'https://developer.webex.com/my-apps/new/integration';

/** Where the primary action ends, and how many Tab presses from the top reach it (null: none within 40). */
async function measure(popup: Page, primary: string) {
  const bottom = await popup.$eval(primary, (el) => el.getBoundingClientRect().bottom);
  await popup.evaluate(startBeforeFirstControl);
  for (let presses = 1; presses <= 40; presses++) {
    await popup.keyboard.press('Tab');
    if (await popup.$eval(primary, (el) => el === document.activeElement)) return { bottom, presses };
  }
  return { bottom, presses: null };
}

/** In a 400 × 600 popup (the theme Firefox shows by default: BiDi cannot switch it; Chromium's e2e checks both). */
async function inPopupSize(popup: Page, primary: string, view: string) {
  await popup.setViewport({ width: 400, height: 600 });
  const m = await measure(popup, primary);
  console.log(`[views] Firefox ${view}: primary ends at ${Math.round(m.bottom)} px, ${m.presses} Tab presses`);
  expect(m.bottom).toBeLessThanOrEqual(600);
  expect(m.presses).not.toBeNull();
}

test('Firefox: the form and result views put their primary action within 600 px, reached by Tab', async ({ ff }) => {
  const page = await ff.portalPage(FORM);
  let popup = await ff.openPopup();
  await popup.select('#preset', 'sphereshield-webex-meetings');
  await popup.type('#param-accessPortalUrl', 'https://ap.fiji.agat.world');
  await inPopupSize(popup, 'button.primary', 'form');
  await popup.click('button.primary');
  await popup.waitForFunction(() => document.querySelector('.report')?.textContent?.includes('Filled.'));
  await submit(page);
  await popup.close();

  popup = await ff.openPopup();
  const copySecret = 'xpath///button[@aria-label="Copy Client Secret"]';
  await popup.waitForSelector(copySecret);
  await inPopupSize(popup, 'button[aria-label="Copy Client Secret"]', 'result');
});

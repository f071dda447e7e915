/**
 * From a vendor guide to a filled form, in Chromium: select the guide's steps on its page, use
 * "Make a Webex preset from the selection", review the draft, save it, fill the replica; the
 * submission holds exactly the scopes the guide asks for. A browser's own context menu cannot
 * be clicked by a test: the test checks the menu item exists, then calls its handler with the
 * click's info as Chromium gives it (the selection's line breaks turned into spaces).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expectedScopes, SPHERE } from '../support/matrix';
import { submissions } from '../support/replica-fixtures';
import { GUIDE_URL, guidePage } from '../vendor-pages/guide-page';
import { expect, openPopup, test } from './fixtures';

const MENU_ID = 'make-preset-from-selection';

/** Selects from one element to another on the page, as a user dragging would, and returns the selected text. */
function select(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(a!)!);
      range.setEndAfter(document.querySelector(b!)!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [from, to],
  );
}

/** The menu item is there; then its click, as Chromium reports it, opens the review. */
async function useMenu(context: BrowserContext, page: Page, selected: string): Promise<Page> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  // contextMenus.update rejects an id that was never created.
  await worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }
      ).chrome.contextMenus.update(id, {}),
    MENU_ID,
  );
  const opened = context.waitForEvent('page');
  await worker.evaluate(
    ([id, selectionText, pageUrl, title]) =>
      (
        globalThis as unknown as {
          webexHelperGuideMenu(info: object, tab: object): Promise<void>;
        }
      ).webexHelperGuideMenu({ menuItemId: id, selectionText, pageUrl }, { title }),
    [MENU_ID, selected.replace(/\n/g, ' '), page.url(), await page.title()],
  );
  const options = await opened;
  await options.waitForLoadState();
  return options;
}

test('a guide’s selection → review → save → Fill now: the replica receives exactly the guide’s 19 scopes', async ({
  context,
  extensionId,
}) => {
  await context.route(GUIDE_URL, (route) => route.fulfill({ contentType: 'text/html', body: guidePage() }));
  const portal = await context.newPage();
  await portal.goto('https://developer.webex.com/my-apps/new/integration');
  const guide = await context.newPage();
  await guide.goto(GUIDE_URL);
  // From step 6 (the name) through the scope list and the console snippet.
  const selected = await select(guide, '#step-6', '#snippet');
  expect(selected).toContain('spark-compliance:meetings_writ"');

  const options = await useMenu(context, guide, selected);
  expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html#from-guide`);
  await expect(options.getByRole('heading', { name: 'Review the draft' })).toBeVisible();
  await expect(
    options.getByText(
      /^Found 19 scopes to tick \(and 2 scopes the guide leaves to you\) and 1 redirect URI in 1 line\. 1 corrected\./,
    ),
  ).toBeVisible();
  await expect(options.getByLabel('Preset name')).toHaveValue('SphereShield');
  await expect(options.getByLabel('Redirect URI 1')).toHaveValue('{accessPortalUrl}/account/webexauth');
  // The snippet's typo, where it came from and what was done.
  const corrected = options.getByRole('row', { name: /spark-compliance:meetings_write/ });
  await expect(corrected).toContainText(
    'Corrected line 1: spark-compliance:meetings_writ: spelling: the catalog has spark-compliance:meetings_write; ticked',
  );
  await expect(options.getByLabel('spark-admin:calls_write goes')).toHaveValue('optional');
  await expect(options.getByLabel('spark-admin:calls_read goes')).toHaveValue('choice');
  // The source is named as text, never a link to follow.
  await expect(
    options.getByText(
      `Source: Made from the guide “Webex integration App for Webex Meeting – SphereShield docs” (${GUIDE_URL})`,
    ),
  ).toBeVisible();
  await expect(options.locator('.guide-review a')).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page: options }).include('#from-guide').analyze();
    expect(
      axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]),
      scheme,
    ).toEqual([]);
  }

  await options.getByRole('button', { name: 'Save preset' }).click();
  await expect(
    options.getByText('Saved “SphereShield”. It is in the popup’s preset list, and can be filled now.'),
  ).toBeVisible();
  await options.getByLabel('Access Portal URL').fill('https://ap.fiji.agat.world');
  await options.getByRole('button', { name: 'Fill now' }).click();
  await expect(
    options.getByText(
      'Filled the developer.webex.com tab: switch to it, review the form, and click “Add Integration” there.',
    ),
  ).toBeVisible();
  await expect(options.getByText(/Filled\. Scopes: 19 ticked/)).toBeVisible();

  await portal.bringToFront();
  await portal.getByRole('button', { name: 'Add Integration' }).click();
  await expect(portal.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  const [sent] = await submissions(portal);
  expect(sent).toMatchObject({
    kind: 'create',
    name: 'SphereShield',
    description: 'Connects SphereShield to Webex.',
    redirectUris: ['https://ap.fiji.agat.world/account/webexauth'],
    // The built-in SphereShield preset, made by hand from the same guide: required and optional.
    scopes: expectedScopes([...SPHERE.integration.scopes, ...SPHERE.integration.optionalScopes]),
  });

  // The popup opens on the credentials, labelled with the saved preset; its form is on that preset.
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('heading', { name: /SphereShield/ })).toBeVisible();
  await popup.getByRole('button', { name: 'Fill another integration' }).click();
  await expect(popup.getByLabel('Preset', { exact: true })).toHaveValue(/^sphereshield/);
});

test('a selection with no scope says so and opens no draft; a redirect URI the portal would refuse blocks Save until fixed', async ({
  context,
}) => {
  await context.route(GUIDE_URL, (route) => route.fulfill({ contentType: 'text/html', body: guidePage() }));
  const guide = await context.newPage();
  await guide.goto(GUIDE_URL);
  const intro = await select(guide, 'p', 'p:nth-of-type(3)');
  const options = await useMenu(context, guide, intro);
  await expect(options.getByRole('alert')).toHaveText(/^No Webex scope in this text \(1 line read\)\./);
  await expect(options.getByRole('heading', { name: 'Review the draft' })).toHaveCount(0);

  // Pasted on the same page: a redirect URI over http.
  await options
    .getByLabel('Or paste the guide’s text')
    .fill(
      'Create an integration.\nRedirect URI: http://crm.example.com/webex/callback\nScopes: spark:people_read\nClick Add Integration.',
    );
  await options.getByRole('button', { name: 'Read the guide' }).click();
  const uri = options.getByLabel('Redirect URI 1');
  await expect(uri).toHaveAttribute('aria-invalid', 'true');
  await expect(
    options.getByText(/^The portal would refuse it: "http:\/\/crm\.example\.com\/webex\/callback" uses http/),
  ).toBeVisible();
  await expect(options.getByRole('button', { name: 'Save preset' })).toBeDisabled();
  await uri.fill('https://crm.example.com/webex/callback');
  await expect(options.getByRole('button', { name: 'Save preset' })).toBeEnabled();
});

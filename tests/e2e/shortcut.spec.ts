/**
 * The keyboard shortcut (Alt+Shift+W) and the badge in real Chromium. A test cannot press a
 * browser-level shortcut, so it calls the background's handler for it (test builds only) with the
 * portal tab, as Chromium does; everything after that is the extension's own path.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { expectedScopes, SPHERE } from '../support/matrix';
import { submissions } from '../support/replica-fixtures';
import { expect, openPopup, test } from './fixtures';

const NEW_FORM = 'https://developer.webex.com/my-apps/new/integration';

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The last preset and its values, as the popup leaves them after a fill; then the shortcut on the portal tab. */
async function pressShortcut(sw: Worker, values: Record<string, string>) {
  return sw.evaluate(
    async ([url, values]) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: { local: { set(i: object): Promise<void> } };
          tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
        };
      };
      await chrome.storage.local.set({
        lastPresetId: 'sphereshield-webex-meetings',
        lastParameterValues: { 'sphereshield-webex-meetings': values },
      });
      const [tab] = await chrome.tabs.query({ url });
      const run = (globalThis as unknown as { webexHelperShortcut(t: object): Promise<{ kind: string }> })
        .webexHelperShortcut;
      return { plan: (await run(tab!)).kind, tabId: tab!.id };
    },
    [NEW_FORM, values] as const,
  );
}

test('the shortcut fills the portal form with the last preset and its values, shows the panel, and the badge counts the capture', async ({
  context,
}) => {
  const portal = await context.newPage();
  await portal.goto(NEW_FORM);
  await expect(portal.locator('html[data-webex-helper=ready]')).toHaveCount(1);
  const sw = await worker(context);
  const { plan, tabId } = await pressShortcut(sw, { accessPortalUrl: 'https://ap.fiji.agat.world' });
  expect(plan).toBe('fill');
  await expect(portal.locator('webex-helper-report')).toHaveCount(1); // the report panel, on the page

  await portal.getByRole('button', { name: 'Add Integration' }).click();
  await expect(portal.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
  const [sent] = await submissions(portal);
  expect(sent).toMatchObject({
    redirectUris: ['https://ap.fiji.agat.world/account/webexauth'],
    scopes: expectedScopes([...SPHERE.integration.scopes, ...SPHERE.integration.optionalScopes]),
  });
  const badge = () =>
    sw.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  await expect.poll(badge).toBe('1');
  const popup = await openPopup(context, new URL(sw.url()).host);
  await popup.getByRole('button', { name: 'Forget' }).click();
  await expect.poll(badge).toBe('');
});

test('with a value missing, the shortcut fills nothing and the popup says what it needs', async ({ context }) => {
  const portal = await context.newPage();
  await portal.goto(NEW_FORM);
  await expect(portal.locator('html[data-webex-helper=ready]')).toHaveCount(1);
  const sw = await worker(context);
  const { plan } = await pressShortcut(sw, {});
  expect(plan).toBe('popup');
  await expect(portal.locator('webex-helper-report')).toHaveCount(0);
  const popup = await openPopup(context, new URL(sw.url()).host);
  await expect(popup.getByRole('status').filter({ hasText: /^Shortcut: / })).toContainText(
    '“SphereShield for Webex Meetings” needs a value:',
  );
});

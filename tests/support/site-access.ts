import type { BrowserContext } from '@playwright/test';
/**
 * Grants optional host permissions the way a user can in chrome://extensions ("Site access →
 * On specific sites → Add"), through that page's own API. Headless Chromium never shows the
 * permission prompt, so `permissions.request` would wait forever; once the sites are allowed
 * there, the extension's own request (made from the same click as for a user) resolves at once.
 */
export async function grantSiteAccess(context: BrowserContext, extensionId: string, origins: string[]): Promise<void> {
  const admin = await context.newPage();
  await admin.goto(`chrome://extensions/?id=${extensionId}`);
  await admin.evaluate(
    async ({ id, list }) => {
      const api = (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate;
      for (const host of list) await api.addHostPermission(id, host);
    },
    { id: extensionId, list: origins },
  );
  await admin.close();
}

/**
 * Stands in for `activeTab` when the popup is opened as a page (no toolbar click, so Chrome
 * grants nothing): the sites are allowed as above, then taken up by the extension from one of its
 * pages, which Chrome then does without a prompt. The extension then holds exactly those hosts.
 */
export async function grantHostPermissions(
  context: BrowserContext,
  extensionId: string,
  origins: string[],
): Promise<void> {
  await grantSiteAccess(context, extensionId, origins);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const granted = await page.evaluate(
    (list) =>
      (
        globalThis as unknown as { chrome: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }
      ).chrome.permissions.request({ origins: list }),
    origins,
  );
  await page.close();
  if (!granted) throw new Error(`Chrome did not grant ${origins.join(', ')}`);
}

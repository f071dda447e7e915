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

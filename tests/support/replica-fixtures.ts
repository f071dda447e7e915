/** Playwright fixtures: a Chromium whose every portal URL is served by the replica. */
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { PORTAL_URL, replicaResponse } from '../replica/serve';
import type { Submission } from '../replica/src/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers';

export async function routeReplica(context: BrowserContext): Promise<void> {
  await context.route(PORTAL_URL, (route) => route.fulfill(replicaResponse(route.request().url())));
}

/** Fills the replica's form as a user would (what the extension replaces) and clicks "Add Integration". */
export async function createByHand(
  page: Page,
  {
    name,
    icon,
    description,
    redirectUri,
    scope,
  }: { name: string; icon: number; description: string; redirectUri: string; scope: string },
): Promise<void> {
  await page.getByLabel('No').check();
  await page.getByLabel('Integration name').fill(name);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: new RegExp(`^Default icon ${icon}`) }).click();
  await page.getByLabel('App Hub Description').fill(description);
  await page.getByPlaceholder('https://').fill(redirectUri);
  await page.getByLabel(scope).check();
  await page.getByRole('button', { name: 'Add Integration' }).click();
}

export type { Submission };

/** What the replica's "server" received, in order. */
export function submissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:submissions') ?? '[]'));
}

export const test = base.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext();
    await routeReplica(context);
    await use(context);
    await browser.close();
  },
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
});
export const expect = test.expect;

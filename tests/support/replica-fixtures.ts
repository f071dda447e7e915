/** Playwright fixtures: a Chromium whose every portal URL is served by the replica. */
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { PORTAL_URL, replicaResponse } from '../replica/serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers';

export async function routeReplica(context: BrowserContext): Promise<void> {
  await context.route(PORTAL_URL, (route) => route.fulfill(replicaResponse(route.request().url())));
}

export interface Submission {
  kind: 'create' | 'save';
  portal: string;
  slug: string;
  mobileSdk: 'no' | 'yes' | null;
  name: string;
  contactEmail: string | null;
  icon: string | null;
  description: string;
  redirectUris: string[];
  scopes: string[];
  termsAccepted: boolean | null;
}

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

/** Debian's Chromium with a built extension loaded (and nothing else), as every browser-driving script and test needs it. */
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
}

export async function launchWithExtension(
  extDir = '.output/chrome-mv3',
  {
    headless = true,
    args = [],
    viewport,
  }: { headless?: boolean; args?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<Launched> {
  const ext = path.resolve(extDir);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    ...(viewport && { viewport }),
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS, ...args],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

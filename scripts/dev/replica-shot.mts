import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/browsers';
import { routeReplica } from '../../tests/support/replica-fixtures';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
await routeReplica(context);
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('https://developer.webex.com/my-apps/new/integration?' + (process.argv[2] ?? ''));
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/replica.png' });
console.log(await page.locator('.scope-row, wx-scope-option').count());
await browser.close();

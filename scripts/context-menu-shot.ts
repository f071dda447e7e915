/**
 * The browser's own context menu, as a user sees it on a vendor's guide: a browser's native menu
 * is not part of a page, so a headless screenshot cannot hold it. This runs Chromium with a
 * window on a virtual display (Xvfb), right-clicks the selected scope list, and photographs the
 * screen (ImageMagick). The tools come from apt when this runs as root; elsewhere the shot is
 * skipped, said so.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/support/launch';
import { GUIDE_URL, guidePage } from '../tests/vendor-pages/guide-page';

const TOOLS: Array<[string, string]> = [
  ['xvfb', '/usr/bin/Xvfb'],
  ['imagemagick', '/usr/bin/import'],
];

function ensureTools(): boolean {
  const missing = TOOLS.filter(([, bin]) => !existsSync(bin)).map(([pkg]) => pkg);
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.log(`[start] the context-menu screenshot needs ${missing.join(' and ')}: skipped`);
    return false;
  }
  console.log(`[start] installing ${missing.join(' ')} with apt-get for the context-menu screenshot…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  }
  return TOOLS.every(([, bin]) => existsSync(bin));
}

/** Writes `file` (a PNG of the screen with the menu open); false when it could not. */
export async function contextMenuShot(file: string): Promise<boolean> {
  if (!ensureTools()) return false;
  const display = ':97';
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const previous = process.env.DISPLAY;
  try {
    await new Promise((r) => setTimeout(r, 1000));
    process.env.DISPLAY = display;
    const { context } = await launchWithExtension('.output/chrome-mv3', {
      headless: false,
      // --test-type: no "unsupported command-line flag" bar over the page.
      args: ['--test-type', '--window-position=0,0', '--window-size=1280,800'],
    });
    try {
      await context.route(GUIDE_URL, (route) => route.fulfill({ contentType: 'text/html', body: guidePage() }));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(GUIDE_URL);
      await page.evaluate(() => {
        const range = document.createRange();
        range.setStartBefore(document.querySelector('#scope-list')!.previousElementSibling!);
        range.setEndAfter(document.querySelector('#scope-list')!);
        getSelection()!.addRange(range);
        document.querySelector('#scope-list')!.previousElementSibling!.scrollIntoView();
      });
      const item = await page.locator('#scope-list li').nth(2).boundingBox();
      await page.mouse.click(item!.x + 60, item!.y + 8, { button: 'right' });
      await new Promise((r) => setTimeout(r, 800));
      execFileSync('import', ['-display', display, '-window', 'root', path.resolve(file)]);
      return true;
    } finally {
      await context.close();
    }
  } catch (error) {
    console.log(`[start] the context-menu screenshot failed (${(error as Error).message}): skipped`);
    return false;
  } finally {
    if (previous === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previous;
    xvfb.kill();
  }
}

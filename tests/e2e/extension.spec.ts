import AxeBuilder from '@axe-core/playwright';
import { expect, openPopup, test } from './fixtures';

test('the extension loads and its content script runs on both portal hosts', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  for (const host of ['developer.webex.com', 'developer.webex-cx.com']) {
    await page.goto(`https://${host}/my-apps/new/integration`);
    await expect(page.locator('html[data-webex-helper=ready]')).toHaveCount(1);
  }
});

test('the popup names the portal tab it acts on and can message its content script', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://developer.webex.com/my-apps/new/integration');
  await expect(page.locator('html[data-webex-helper=ready]')).toHaveCount(1);
  const popup = await openPopup(context, extensionId);
  // The ping reached the content script, which told the page kind.
  await expect(popup.locator('#target')).toHaveText(
    'Acts on: developer.webex.com/my-apps/new/integration (new integration)',
  );
});

test('with no portal tab, the popup says what to open', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#target')).toHaveText('This tab: no web page open.');
  await expect(popup.getByRole('heading', { name: 'Nothing to fill on this page' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open developer.webex.com new integration page' })).toBeVisible();
});

test('the page is told nothing: no window message from the extension while it runs and answers the popup', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (e) => seen.push(e.data));
  });
  await page.goto('https://developer.webex.com/my-apps/new/integration?delay=0');
  await expect(page.locator('html[data-webex-helper=ready]')).toHaveCount(1);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#target')).toContainText('(new integration)');
  expect(await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages)).toEqual([]);
});

test('the welcome page: the three steps, where secrets go, and its buttons, with no axe violation in either theme', async ({
  context,
  extensionId,
}) => {
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { level: 2 })).toHaveText([
    'Fill',
    'Create and copy',
    'Hand over',
    'Where your secrets go',
  ]);
  for (const scheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page: welcome }).analyze();
    expect(
      axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]),
      scheme,
    ).toEqual([]);
  }
  const opened = context.waitForEvent('page');
  await welcome.getByRole('button', { name: 'Settings and presets' }).click();
  expect((await opened).url()).toBe(`chrome-extension://${extensionId}/options.html`);
});

/**
 * The replica's switches for the classes of markup that broke on independently built pages,
 * beyond the fill matrix (fill.spec.ts runs SphereShield on every scope-row and icon markup):
 * the user's own icon choice on a state-showing picker, and every result-view layout captured.
 */
import type { Page } from '@playwright/test';
import { capturedFor } from '../support/captures';
import { SPHERE } from '../support/matrix';
import { createByHand, submissions } from '../support/replica-fixtures';
import { expect, fillFrom, openPopup, portalAndPopup, test } from './fixtures';

const FORM = 'https://developer.webex.com/my-apps/new/integration';

for (const icon of ['pressed', 'checked', 'selected'] as const) {
  test(`icon=${icon}: the icon the user already chose is kept, reported at once, and sent`, async ({
    context,
    extensionId,
  }) => {
    const { page, popup } = await portalAndPopup(context, extensionId, `${FORM}?icon=${icon}&iconChosen=3`);
    const report = await fillFrom(popup, SPHERE);
    expect(report.fields.find((f) => f.field === 'icon')).toMatchObject({
      status: 'unchanged',
      detail: 'already chosen: Default icon 3: Orange phone',
    });
    await page.bringToFront();
    await page.getByRole('button', { name: 'Add Integration' }).click();
    await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
    expect((await submissions(page))[0]!.icon).toBe('default-3');
  });
}

/** What the result view shows, read as a user would: each label's value. */
async function shownValues(page: Page) {
  const values = await page
    .locator('.credentials')
    .evaluate((root) =>
      Array.from(root.querySelectorAll<HTMLInputElement | HTMLElement>('input, code'), (el) =>
        'value' in el ? (el as HTMLInputElement).value : el.textContent,
      ),
    );
  const [clientId, clientSecret, oauthUrl, integrationId] = values;
  return { clientId, clientSecret, oauthUrl, integrationId };
}

for (const result of ['dl', 'wrapped', 'for', 'labelledby', 'table'] as const) {
  test(`result=${result}: every credential the view shows is captured`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0&result=${result}`);
    const popup = await openPopup(context, extensionId);
    await page.bringToFront();
    await createByHand(page, {
      name: `Layout ${result}`,
      icon: 2,
      description: 'x',
      redirectUri: 'https://a.example.com/cb',
      scope: 'spark:all',
    });
    await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
    const shown = await shownValues(page);
    expect(shown.clientId).toMatch(/^C[0-9a-f]{64}$/);
    await expect
      .poll(async () => {
        const c = await capturedFor(popup, shown.clientId ?? '');
        return (
          c && {
            clientId: c.clientId,
            clientSecret: c.clientSecret,
            oauthUrl: c.oauthUrl,
            integrationId: c.integrationId,
          }
        );
      })
      .toEqual(shown);
  });
}

for (const result of ['dl', 'for'] as const) {
  test(`result=${result}&resultLate&secretMasked: values after the heading and a secret revealed with Show are captured`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0&result=${result}&resultLate=600&secretMasked=1`);
    const popup = await openPopup(context, extensionId);
    await page.bringToFront();
    await createByHand(page, {
      name: `Late ${result}`,
      icon: 2,
      description: 'x',
      redirectUri: 'https://a.example.com/cb',
      scope: 'spark:all',
    });
    await expect(page.getByRole('heading', { name: /Congratulations/ })).toBeVisible();
    await page.getByRole('button', { name: 'Show Client Secret' }).waitFor();
    const clientId = (await shownValues(page)).clientId!;
    // Captured without the secret first; the popup says what is still missing and how to get it.
    await expect.poll(() => capturedFor(popup, clientId)).toMatchObject({ clientId, clientSecret: null });
    await popup.reload();
    await expect(popup.getByRole('list', { name: 'Still missing' })).toContainText('Client Secret: click Show');
    await page.getByRole('button', { name: 'Show Client Secret' }).click();
    const shown = await shownValues(page);
    expect(shown.clientSecret).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(async () => (await capturedFor(popup, clientId))?.clientSecret).toBe(shown.clientSecret);
    await expect(popup.getByRole('list', { name: 'Still missing' })).toHaveCount(0);
  });
}

test('sections=hidden|collapsed: the sections holding the ticked scopes are left open for review', async ({
  context,
  extensionId,
}) => {
  for (const sections of ['hidden', 'collapsed'] as const) {
    const { page, popup } = await portalAndPopup(context, extensionId, `${FORM}?sections=${sections}&ids=none`);
    const report = await fillFrom(popup, SPHERE);
    expect(report.ok).toBe(true);
    const open =
      sections === 'hidden'
        ? await page.locator('details[open] > summary').allTextContents()
        : await page.locator('button.section-toggle[aria-expanded=true]').allTextContents();
    const prefixes = [...new Set(SPHERE.integration.scopes.map((s) => s.split(':')[0]))];
    for (const prefix of prefixes) expect(open.some((t) => t.startsWith(`${prefix} (`))).toBe(true);
    await page.close();
    await popup.close();
  }
});

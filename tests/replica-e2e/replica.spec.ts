/** The replica driven as a user would, without the extension: it must be as strict as the real portal could be. */
import { createByHand, expect, submissions, test } from '../support/replica-fixtures';

const FORM = 'https://developer.webex.com/my-apps/new/integration';

test('a user who fills every field creates the integration; the result view shows the credentials once', async ({
  page,
}) => {
  await page.goto(FORM);
  await createByHand(page, {
    name: 'My App',
    icon: 3,
    description: 'Does useful things',
    redirectUri: 'https://app.example.com/cb',
    scope: 'meeting:schedules_read',
  });
  await expect(page.getByRole('heading', { name: 'Congratulations! 🎉' })).toBeVisible();
  const text = await page.locator('dl.credentials').innerText();
  const clientId = /C[0-9a-f]{64}/.exec(text)![0];
  expect(text).toMatch(/\n[0-9a-f]{64}\n/);
  const url = new URL(await page.locator('code.url').innerText());
  expect(url.searchParams.get('client_id')).toBe(clientId);
  expect(url.searchParams.get('redirect_uri')).toBe('https://app.example.com/cb');
  expect(url.searchParams.get('scope')!.split(' ').sort()).toEqual(['meeting:schedules_read', 'spark:kms']);
  expect(url.search).toContain('redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb');
  expect(text).toContain(Buffer.from(`ciscospark://us/APPLICATION/${clientId}`).toString('base64').replace(/=+$/, ''));
  expect(await submissions(page)).toEqual([
    expect.objectContaining({
      kind: 'create',
      name: 'My App',
      icon: 'default-3',
      mobileSdk: 'no',
      scopes: ['meeting:schedules_read', 'spark:kms'],
    }),
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My App' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/\b[0-9a-f]{64}\b/);
});

test('a value written without events is not seen: submitting fails with inline errors', async ({ page }) => {
  await page.goto(FORM);
  await page.locator('.scope-row').first().waitFor();
  await page.evaluate(() => {
    const name = document.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = 'Set without events';
    name.dispatchEvent(new Event('input', { bubbles: true })); // React ignores it: the tracker already saw this value
  });
  await page.getByRole('button', { name: 'Add Integration' }).click();
  await expect(page.getByText('Integration name is required.')).toBeVisible();
  await expect(page.getByText('Choose an icon.')).toBeVisible();
  expect(await submissions(page)).toEqual([]);
});

test('limits: 100 characters for the name, 1000 for the description; spark:kms is ticked and locked', async ({
  page,
}) => {
  await page.goto(FORM);
  await expect(page.getByLabel('Integration name')).toHaveAttribute('maxlength', '100');
  await expect(page.getByLabel('App Hub Description')).toHaveAttribute('maxlength', '1000');
  const kms = page.getByLabel('spark:kms');
  await expect(kms).toBeChecked();
  await expect(kms).toBeDisabled();
});

test('the scope list renders late, in a non-alphabetical server order', async ({ page }) => {
  await page.goto(`${FORM}?delay=1200`);
  await expect(page.getByText('Loading scopes…')).toBeVisible();
  await expect(page.locator('.scope-row')).toHaveCount(145, { timeout: 5000 });
  const names = await page.locator('.scope-name').allInnerTexts();
  expect(names).not.toEqual([...names].sort());
});

test('switches: chips redirect entry, contact email row, missing scope, ARIA and shadow-DOM markup', async ({
  page,
}) => {
  await page.goto(`${FORM}?redirect=chips&contactEmail=1&missing=spark-admin:calls_write&markup=aria`);
  await expect(page.getByLabel('Contact Email')).toBeVisible();
  await page.getByPlaceholder('Enter a URI and press Enter').fill('https://a.example.com/cb');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove https://a.example.com/cb' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'spark:all' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByText('spark-admin:calls_write', { exact: true })).toHaveCount(0);
  await page.goto(`${FORM}?markup=shadow&redirect=rows&contactEmail=0&missing=`);
  await expect(page.locator('wx-scope-option')).toHaveCount(145);
  await page.getByLabel('spark:all').check(); // Playwright pierces open shadow roots, as a user sees them
  await expect(page.getByLabel('spark:all')).toBeChecked();
});

test('the console-snippet approach fails where it should: prefix collisions, no ids, shadow DOM', async ({ page }) => {
  // The vendor snippet's loop: querySelector(`input[id*=SCOPE]`) + click().
  const snippet = (scopes: string[]) =>
    page.evaluate((list) => {
      const missed: string[] = [];
      for (const scope of list) {
        const el = document.querySelector<HTMLInputElement>(`input[id*=${scope.replace(':', '\\:')}]`);
        if (!el) missed.push(scope);
        else if (!el.checked) el.click();
      }
      return missed;
    }, scopes);
  const checked = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('.scope-row input:checked'), (i) => i.id),
    );

  await page.goto('https://developer.webex-cx.com/my-apps/new/integration?delay=0');
  await page.locator('.scope-row').first().waitFor();
  expect(await snippet(['cjp:config'])).toEqual([]);
  expect(await checked()).toContain('cjp:config_write'); // the wrong scope: config_write comes first
  expect(await checked()).not.toContain('cjp:config');

  await page.goto(`${FORM}?delay=0&ids=none`);
  await page.locator('.scope-row').first().waitFor();
  expect(await snippet(['spark:all', 'meeting:controls_read'])).toEqual(['spark:all', 'meeting:controls_read']);

  await page.goto(`${FORM}?delay=0&ids=scope&markup=shadow`);
  await page.locator('wx-scope-option').first().waitFor();
  expect(await snippet(['spark:all'])).toEqual(['spark:all']);
});

test('the edit page is prefilled, shows no secret, and Save records the submission', async ({ page }) => {
  await page.goto('https://developer.webex.com/my-apps/ccbi-for-webex');
  await expect(page.getByLabel('Integration name')).toHaveValue('CCBI for Webex');
  await expect(page.getByLabel('spark-admin:people_read')).toBeChecked();
  expect(await page.locator('body').innerText()).not.toMatch(/\b[0-9a-f]{64}\b/);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Your changes have been saved.')).toBeVisible();
  expect((await submissions(page))[0]).toMatchObject({ kind: 'save', slug: 'ccbi-for-webex' });
});

test('the counts that core/portal/knowledge.ts expects on the replica still hold', async ({ page }) => {
  const { EXPECTED_ON_REPLICA } = await import('../../core/portal/knowledge');
  for (const [host, rows] of Object.entries(EXPECTED_ON_REPLICA.scopeRows)) {
    await page.goto(`https://${host}/my-apps/new/integration?delay=0`);
    await expect(page.locator('.scope-row')).toHaveCount(rows);
  }
  await page.goto(`${FORM}?delay=0`);
  await expect(page.getByPlaceholder('https://')).toHaveCount(EXPECTED_ON_REPLICA.redirectInputsOnNewForm);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('button', { name: /^Default icon/ })).toHaveCount(EXPECTED_ON_REPLICA.defaultIcons);
});

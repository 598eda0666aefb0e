import { expect, test } from '@playwright/test';
import { topResults } from './search-helpers';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';

const atlas = new Atlas(loadCatalog('content'));

test.describe('the header search', () => {
  test('"/" focuses it and results appear as the user types', async ({ page }) => {
    await page.goto('/concepts/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: /Search codes/ });
    await expect(box).toBeFocused();
    await box.pressSequentially('4009');
    const options = page.getByRole('listbox', { name: 'Matching codes' }).getByRole('option');
    await expect(options.first()).toContainText('VideoSDK React 4009');
    await expect(options.first()).toContainText('MAX_PARTCIPANT_REACHED');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
  });

  test('arrow keys and Enter open a result with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search codes/ });
    await box.focus();
    await box.pressSequentially('SESSION_DUPLICATE_USER');
    await expect(page.getByRole('option').first()).toContainText('Zoom Cobrowse 1015');
    await box.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/zoom\/cobrowse\/1015\/$/);
  });

  test('Enter without a highlighted result opens the search page with the query', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search codes/ });
    await box.fill('pin conflict');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=pin\+conflict$/);
    await expect(page.locator('#search-results li').first()).toContainText('Zoom Cobrowse 1010');
  });

  test('the number of results is announced to screen readers', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search codes/ });
    await box.focus();
    await box.pressSequentially('206');
    const count = atlas.codesWithNumber(206).length;
    await expect(page.locator('header atlas-search [role="status"]')).toHaveText(`${count} results`);
  });
});

test.describe('exact matches and marked words', () => {
  test('a query naming one code exactly: Enter goes straight to it, and the search page offers a direct link', async ({
    page,
  }) => {
    const [only] = atlas.codesNamed('SESSION_DUPLICATE_USER');
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search codes/ });
    await box.focus();
    await box.pressSequentially('SESSION_DUPLICATE_USER');
    const first = page.getByRole('option').first();
    await expect(first.locator('code mark')).toHaveText('SESSION_DUPLICATE_USER');
    await expect(first.locator('[data-go-to]')).toContainText('Go to Zoom Cobrowse 1015');
    await expect(page.locator('header atlas-search [role="listbox"]')).toHaveAttribute('aria-busy', 'false');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${only.vendor}/${only.sdk}/1015/$`));

    await page.goto('/search/?q=SESSION_DUPLICATE_USER');
    const direct = page.locator('#search-go-to').getByRole('link');
    await expect(direct).toHaveText(/^Go to Zoom Cobrowse 1015/);
    await direct.click();
    await expect(page).toHaveURL(/\/zoom\/cobrowse\/1015\/$/);
  });

  test('a number that several SDKs use goes to the page of every code with it', async ({ page }) => {
    const shared = atlas.codesWithNumber(206);
    expect(shared.length).toBeGreaterThan(1);
    await page.goto('/search/?q=206');
    const direct = page.locator('#search-go-to').getByRole('link');
    await expect(direct).toHaveText(`Go to every code 206 (${shared.length}) →`);
    await direct.click();
    await expect(page).toHaveURL(/\/codes\/206\/$/);
  });

  test('words only, no exact match: no direct link, and the matched words are marked in each result', async ({
    page,
  }) => {
    await page.goto('/search/?q=camera+permission+denied');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('#search-go-to')).toBeEmpty();
    const marks = await results.first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(word.toLowerCase()).toMatch(/^(camera|permission|denied|deny|denies)/);
  });
});

test.describe('the search page', () => {
  test('opens with the results of the query in its URL', async ({ page }) => {
    await page.goto('/search/?q=pin+conflict');
    await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveValue('pin conflict');
    await expect(page.locator('#search-results li').first().getByRole('link')).toHaveText('Zoom Cobrowse 1010');
    await expect(page.getByRole('status').last()).toContainText('for “pin conflict”');
  });

  test('each result shows SDK, code, constant and summary, and links to the code page', async ({ page }) => {
    await page.goto('/search/?q=4009');
    const first = page.locator('#search-results li').first();
    await expect(first.getByRole('link')).toHaveText('VideoSDK React 4009');
    await expect(first.locator('code')).toHaveText('MAX_PARTCIPANT_REACHED');
    await expect(first.locator('p')).not.toBeEmpty();
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/videosdk\/react\/4009\/$/);
  });

  test('an exact number ranks its codes before numbers that only start with it', async ({ page }) => {
    const exact = atlas.codesWithNumber(101).map((c) => c.id);
    expect(exact.length).toBeGreaterThan(1);
    const top = await topResults(page, '101');
    expect(top.slice(0, exact.length).sort()).toEqual(exact.sort());
    expect(top.slice(exact.length).every((id) => !exact.includes(id))).toBe(true);
  });

  test('a filter narrows the results and lives in the URL; back and forward restore each state', async ({ page }) => {
    const all = atlas.codesWithNumber(206);
    const web = all.filter((c) => c.vendor === 'sceenic' && c.sdk === 'web');
    expect(all.length).toBeGreaterThan(web.length);
    await page.goto('/search/?q=206');
    await expect(page.locator('#search-results li')).toHaveCount(all.length);
    await page.getByLabel('SDK').selectOption('Sceenic Web');
    await expect(page).toHaveURL(/sdk=Sceenic\+Web/);
    await expect(page.locator('#search-results li')).toHaveCount(web.length);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=206$/);
    await expect(page.getByLabel('SDK')).toHaveValue('');
    await expect(page.locator('#search-results li')).toHaveCount(all.length);
    await page.goForward();
    await expect(page.locator('#search-results li')).toHaveCount(web.length);
  });

  test('filters combine with any query, and a category alone lists its codes', async ({ page }) => {
    await page.goto('/search/?q=denied&vendor=Sceenic');
    const links = page.locator('#search-results li a');
    await expect(links.first()).toBeVisible();
    for (const text of await links.allTextContents()) expect(text).toMatch(/^Sceenic/);
    await page.goto('/search/?category=Recording+%26+streaming');
    await expect(page.locator('#search-results li a').first()).toBeVisible();
    const inCategory = new Set(atlas.codesIn(atlas.category('recording-streaming')).map((c) => `/${c.id}/`));
    const hrefs = await page
      .locator('#search-results li a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(inCategory.has(href), href).toBe(true);
  });

  test('nothing found says so and suggests removing a filter and browsing', async ({ page }) => {
    await page.goto('/search/?q=camera&sdk=Zoom+Cobrowse');
    await expect(page.getByText('Nothing in the atlas matches this search.')).toBeVisible();
    await page.getByRole('button', { name: 'Remove the filters' }).click();
    await expect(page).toHaveURL(/\?q=camera$/);
    await expect(page.locator('#search-results li').first()).toBeVisible();
  });

  test('a number no SDK has is said plainly', async ({ page }) => {
    await page.goto('/search/?q=4099');
    await expect(page.getByRole('status').last()).toContainText('No SDK in the atlas has a code 4099');
  });
});

test('a code page that is only read fetches no search code and no index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/videosdk/react/4009/');
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => /pagefind|search-hints|combobox|engine/.test(path))).toEqual([]);
  await page.getByRole('combobox', { name: /Search codes/ }).focus();
  await expect.poll(() => fetched.some((path) => path.includes('/pagefind/'))).toBe(true);
});

/** The site built under /errors/, as a company portal would host it (dist-subpath/). */
import { expect, test } from '@playwright/test';

test('every link of the home page stays under the sub-path', async ({ page }) => {
  await page.goto('/errors/');
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const internal = hrefs.filter((href) => !/^https?:/.test(href));
  expect(internal.length).toBeGreaterThan(10);
  for (const href of internal) expect(href, href).toMatch(/^(\/errors\/|#)/);
});

test('a user browses to a code and follows an equivalence under the sub-path', async ({ page }) => {
  await page.goto('/errors/');
  await page.locator('#sdks').getByRole('link', { name: 'React', exact: true }).click();
  await expect(page).toHaveURL(/\/errors\/videosdk\/react\/$/);
  await page.getByRole('link', { name: 'VideoSDK React 4009' }).click();
  await expect(page).toHaveURL(/\/errors\/videosdk\/react\/4009\/$/);
  await page.locator('#equivalents').getByRole('link', { name: 'Zoom Cobrowse 1012' }).click();
  await expect(page).toHaveURL(/\/errors\/zoom\/cobrowse\/1012\/$/);
  await expect(page.locator('#constant')).toHaveText('SESSION_CUSTOMER_COUNT_LIMIT');
});

test('search finds codes and links to them under the sub-path', async ({ page }) => {
  await page.goto('/errors/search/?q=4009');
  const first = page.locator('#search-results li').first().getByRole('link');
  await expect(first).toHaveText('VideoSDK React 4009');
  await expect(first).toHaveAttribute('href', '/errors/videosdk/react/4009/');
});

test('an unknown code under the sub-path gets the helpful 404', async ({ page }) => {
  const response = await page.goto('/errors/videosdk/react/4099/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('VideoSDK React has no code 4099')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all VideoSDK React codes' })).toHaveAttribute(
    'href',
    '/errors/videosdk/react/',
  );
});

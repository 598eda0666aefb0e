import { expect, test } from '@playwright/test';

test.describe('a deep link to a code', () => {
  test('opens on the answer: name, constant, summary, causes, fix and who acts', async ({ page }) => {
    await page.goto('/videosdk/react/4009/');
    await expect(page).toHaveTitle(/VideoSDK React 4009 · MAX_PARTCIPANT_REACHED/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('VideoSDK React 4009');
    await expect(page.locator('#constant')).toHaveText('MAX_PARTCIPANT_REACHED');
    await expect(page.getByText('You have reached max partcipant limit in a meeting.')).toBeVisible();
    for (const name of [
      'What it means',
      'Likely causes',
      'How to fix it',
      'Who acts, and whether to retry',
      'Equivalent codes in other SDKs',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.locator('#fix li').first()).toBeVisible();
    await expect(page.locator('#source').getByRole('link', { name: 'Error Events (React)' })).toHaveAttribute(
      'href',
      /docs\.videosdk\.live/,
    );
  });

  test('a link to a section scrolls to that section', async ({ page }) => {
    await page.goto('/zoom/cobrowse/1012/#fix');
    await expect(page.locator('#fix')).toBeInViewport();
    await expect(page.locator('#fix').getByRole('listitem').first()).toBeVisible();
  });

  test('a negative code has its own page', async ({ page }) => {
    await page.goto('/sceenic/ios-swift/-1/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sceenic iOS Swift -1');
    await expect(page.locator('#constant')).toHaveText('unknownError');
  });

  test('breadcrumbs lead back to the SDK and the vendor', async ({ page }) => {
    await page.goto('/sceenic/web/206/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: 'Watch Together SDK for Web' }).click();
    await expect(page).toHaveURL(/\/sceenic\/web\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Watch Together SDK for Web');
  });
});

test.describe('equivalent codes', () => {
  test('following an equivalence link leads to a page that links back', async ({ page }) => {
    await page.goto('/videosdk/react/4009/');
    const equivalents = page.locator('#equivalents');
    await expect(equivalents.getByRole('link', { name: 'Zoom Cobrowse 1012' })).toBeVisible();
    await equivalents.getByRole('link', { name: 'Sceenic Web 206' }).click();
    await expect(page).toHaveURL(/\/sceenic\/web\/206\/$/);
    await expect(page.locator('#constant')).toHaveText('SESSION_IS_FULL_ERROR_CODE');
    await page.locator('#equivalents').getByRole('link', { name: 'VideoSDK React 4009' }).click();
    await expect(page).toHaveURL(/\/videosdk\/react\/4009\/$/);
  });

  test('the same number with a different meaning is pointed out', async ({ page }) => {
    await page.goto('/sceenic/web/1101/');
    const section = page.locator('#same-number');
    await expect(section.getByRole('note')).toContainText('Same number, different meaning');
    await expect(section.getByRole('link', { name: 'Sceenic iOS Swift 1101' })).toBeVisible();
    await expect(page.locator('#notes')).toContainText('1103');
  });
});

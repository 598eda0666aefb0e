import { expect, test } from '@playwright/test';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { SDK_KIND_LABELS } from '../../src/lib/labels';
import { SDK_KINDS } from '../../src/schemas';

const atlas = new Atlas(loadCatalog('content'));
const sdkPath = (sdk: { vendor: string; slug: string }) => `/${sdk.vendor}/${sdk.slug}/`;

test('a user browses from the home page to a vendor, an SDK and a code', async ({ page }) => {
  await page.goto('/');
  await page.locator('#sdks [data-kind="embedded"]').getByRole('link', { name: 'Zoom', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoom');
  await page.getByRole('link', { name: 'Cobrowse SDK' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoom Cobrowse SDK');
  await expect(page.getByRole('heading', { level: 2, name: 'Session limit errors' })).toBeVisible();
  await expect(page.getByText('session.on("session_error")').first()).toBeVisible();
  await page.getByRole('link', { name: 'Zoom Cobrowse 1012' }).click();
  await expect(page.locator('#constant')).toHaveText('SESSION_CUSTOMER_COUNT_LIMIT');
});

test("an SDK page lists its codes in the vendor's own groups", async ({ page }) => {
  await page.goto('/sceenic/ios-swift/');
  for (const group of ['User error codes', 'Session error codes', 'Token errors', 'Socket errors']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  const tokens = page.locator('#group-token');
  await expect(tokens.getByRole('link', { name: 'Sceenic iOS Swift 1100' })).toBeVisible();
  await expect(tokens.getByText('invalidTokenExpired')).toBeVisible();
});

test('a category page gathers codes of several vendors', async ({ page }) => {
  await page.goto('/categories/');
  await page.getByRole('link', { name: 'Camera, microphone & screen permissions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Camera, microphone & screen permissions');
  await expect(page.getByRole('link', { name: 'Sceenic Web 107' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'VideoSDK React 3014' })).toBeVisible();
});

test('a concept page shows the equivalent codes side by side per SDK', async ({ page }) => {
  await page.goto('/concepts/');
  await page.getByRole('link', { name: 'Session is full' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session is full');
  for (const sdk of [
    'Sceenic Web',
    'Sceenic iOS Swift',
    'Sceenic iOS Objective-C',
    'Zoom Cobrowse',
    'VideoSDK React',
  ]) {
    await expect(page.getByRole('heading', { level: 3, name: sdk })).toBeVisible();
  }
  const zoom = page.getByRole('region', { name: 'Zoom Cobrowse' });
  await expect(zoom.getByRole('link', { name: '1013' })).toBeVisible();
  await expect(zoom).toContainText('Narrower');
});

test('a number page lists every SDK using the number and warns when meanings differ', async ({ page }) => {
  // A number that several SDKs use with one meaning (platform twins): every code, no warning.
  const shared = atlas
    .numbers()
    .find((n) => atlas.codesWithNumber(n).length > 1 && atlas.meanTheSame(atlas.codesWithNumber(n)))!;
  expect(shared).toBeDefined();
  await page.goto(`/codes/${shared}/`);
  for (const code of atlas.codesWithNumber(shared))
    await expect(page.getByRole('link', { name: `${atlas.sdkOf(code).shortName} ${shared}`, exact: true })).toHaveCount(
      1,
    );
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.goto('/codes/');
  await page.getByRole('table').getByRole('link', { name: '1101', exact: true }).click();
  await expect(page.getByRole('note')).toContainText('Same number, different meaning');
});

test('the layout fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/videosdk/react/4009/', '/sceenic/ios-swift/', '/concepts/session-full/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the keyboard alone reaches the search box and the main content', async ({ page }) => {
  await page.goto('/videosdk/react/4009/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: /Search codes/ })).toBeFocused();
});

test('the site follows the system dark theme', async ({ browser }) => {
  const colours = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('/');
    colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await page.close();
  }
  expect(colours[0]).not.toBe(colours[1]);
});

test('the home page keeps the search first and groups every SDK by kind, each linked once', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: /Find an error/ });
  const groups = page.locator('#sdks');
  const searchBox = await search.boundingBox();
  const groupsBox = await groups.boundingBox();
  expect(searchBox!.y).toBeLessThan(groupsBox!.y);
  for (const kind of SDK_KINDS) {
    const section = groups.getByRole('region', { name: SDK_KIND_LABELS[kind].name });
    const expected = atlas.sdks.filter((sdk) => sdk.kind === kind);
    expect(expected.length).toBeGreaterThan(0);
    const hrefs = await section.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const sdk of expected) expect(hrefs.filter((href) => href === sdkPath(sdk))).toHaveLength(1);
  }
  const all = await groups.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(atlas.sdks.filter((sdk) => !all.includes(sdkPath(sdk)))).toEqual([]);
});

test('the compare matrix shows the columns of one kind of SDK at a click, and remembers them in the URL', async ({
  page,
}) => {
  await page.goto('/compare/');
  const browser = atlas.sdks.filter((sdk) => sdk.kind === 'browser');
  await page.getByRole('button', { name: 'Only the browser' }).click();
  const headers = page.locator('thead th[data-column]:visible');
  await expect(headers).toHaveText(browser.map((sdk) => sdk.shortName));
  await expect(page).toHaveURL(new RegExp(browser.map((sdk) => `sdk=${sdk.vendor}-${sdk.slug}`).join('&')));
  await page.reload();
  await expect(headers).toHaveText(browser.map((sdk) => sdk.shortName));
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
});

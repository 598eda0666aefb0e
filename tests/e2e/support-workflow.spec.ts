import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';

const atlas = new Atlas(loadCatalog('content'));
const readJson = (path: string) => JSON.parse(readFileSync(`dist/${path}`, 'utf8'));

test.describe('the JSON API', () => {
  const schema = readJson('api/v1/schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const validate = (def: string, data: unknown) => {
    const check = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
    const ok = check(data);
    return ok ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  test('codes.json holds every code and validates against the published schema', () => {
    const file = readJson('api/v1/codes.json');
    expect(validate('codes', file)).toEqual([]);
    expect(file.codes.map((c: { id: string }) => c.id).sort()).toEqual(atlas.codes.map((c) => c.id).sort());
    const c4009 = file.codes.find((c: { id: string }) => c.id === 'videosdk/react/4009');
    expect(c4009.constant).toBe('MAX_PARTCIPANT_REACHED');
    expect(c4009.url).toMatch(/\/videosdk\/react\/4009\/$/);
    expect(c4009.equivalents.map((e: { id: string }) => e.id)).toContain('sceenic/web/206');
  });

  test('every SDK file, the concepts file and every per-code file validate', () => {
    for (const sdk of atlas.sdks) {
      const file = readJson(`api/v1/${sdk.vendor}/${sdk.slug}.json`);
      expect(validate('sdk', file), sdk.id).toEqual([]);
      expect(file.count).toBe(atlas.codesOf(sdk).length);
    }
    expect(validate('concepts', readJson('api/v1/concepts.json'))).toEqual([]);
    for (const code of atlas.codes)
      expect(validate('code', readJson(`${code.vendor}/${code.sdk}/${code.key}.json`)), code.id).toEqual([]);
  });

  test('a file that breaks the schema is caught by it', () => {
    const file = readJson('api/v1/codes.json');
    file.codes[0].retry = 'maybe';
    delete file.codes[1].constant;
    expect(validate('codes', file).length).toBeGreaterThanOrEqual(2);
  });

  test('the API page documents every file with working links', async ({ page }) => {
    await page.goto('/api/');
    for (const path of [
      '/api/v1/codes.json',
      '/api/v1/concepts.json',
      '/api/v1/schema.json',
      '/videosdk/react/4009.json',
    ]) {
      const link = page.getByRole('link', { name: path });
      await expect(link).toBeVisible();
      const response = await page.request.get(path);
      expect(response.ok(), path).toBe(true);
      expect(response.headers()['content-type']).toContain('json');
    }
    await expect(page.locator('pre').first()).toContainText('helpLink("videosdk-react", 4009)');
  });
});

test.describe('link previews', () => {
  const PAGE_TYPES = [
    '/',
    '/sceenic/',
    '/zoom/cobrowse/',
    '/videosdk/react/4009/',
    '/categories/',
    '/categories/permissions/',
    '/concepts/',
    '/concepts/session-full/',
    '/codes/',
    '/codes/206/',
    '/compare/',
    '/api/',
    '/search/',
  ];

  test('every page type has a precise title, description, canonical URL and Open Graph / Twitter tags', async ({
    page,
  }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
      const title = await page.title();
      expect(title, path).toMatch(/RTC Error Atlas/);
      expect((await meta('meta[name="description"]'))?.length, path).toBeGreaterThan(50);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(
        new RegExp(`^https?://[^/]+${path.replace(/[?]/g, '\\?')}$`),
      );
      expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
      expect(await meta('meta[property="og:description"]'), path).toBe(await meta('meta[name="description"]'));
      expect(await meta('meta[property="og:url"]'), path).toBe(
        await page.locator('link[rel="canonical"]').getAttribute('href'),
      );
      expect(await meta('meta[name="twitter:card"]'), path).toBe('summary');
    }
  });

  test('a code page unfurls with SDK, code, constant, the kind of failure and its summary', async ({ page }) => {
    await page.goto('/videosdk/react/4009/');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'VideoSDK React 4009 · MAX_PARTCIPANT_REACHED: session is full',
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const summary = atlas.code('videosdk/react/4009').summary.replace(/`/g, '');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      new RegExp(`^${summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the constant, the page link, a section link and the reply to the end user', async ({ page, baseURL }) => {
    await page.goto('/zoom/cobrowse/1015/');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy the constant SESSION_DUPLICATE_USER' }).click();
    expect(await clipboard()).toBe('SESSION_DUPLICATE_USER');
    await expect(page.getByRole('button', { name: 'Copy the constant SESSION_DUPLICATE_USER' })).toHaveText('Copied');

    await page.getByRole('button', { name: 'Copy link to this page' }).click();
    expect(await clipboard()).toMatch(/^https?:\/\/[^/]+\/zoom\/cobrowse\/1015\/$/);

    await page.getByRole('link', { name: 'Copy link to the section “How to fix it”' }).click();
    await expect(page).toHaveURL(/#fix$/);
    expect(await clipboard()).toMatch(/\/zoom\/cobrowse\/1015\/#fix$/);

    await page.getByRole('button', { name: 'Copy the reply to the end user' }).click();
    expect(await clipboard()).toBe(atlas.code('zoom/cobrowse/1015').userReply.replace(/`/g, ''));

    await page.getByRole('button', { name: 'Copy message 1' }).click();
    expect(await clipboard()).toBe('The agent is already in the session.');
    expect(baseURL).toBeTruthy();
  });
});

test.describe('the comparison matrix', () => {
  test('shows every concept as a row and every SDK as a column, linking to the codes', async ({ page }) => {
    await page.goto('/compare/');
    const table = page.getByRole('table');
    for (const concept of atlas.concepts)
      await expect(table.getByRole('rowheader', { name: concept.name })).toBeVisible();
    for (const sdk of atlas.sdks) await expect(table.getByRole('columnheader', { name: sdk.shortName })).toBeVisible();
    const fullRow = table.getByRole('row', { name: /Session is full/ });
    await fullRow.getByRole('link', { name: 'Zoom Cobrowse 1012' }).click();
    await expect(page).toHaveURL(/\/zoom\/cobrowse\/1012\/$/);
  });

  test('has a legend, and each cell shows its constant on hover and on keyboard focus', async ({ page }) => {
    await page.goto('/compare/');
    const legend = page.locator('[data-legend]');
    for (const label of ['Narrower', 'Broader', 'Related'])
      await expect(legend.getByText(label, { exact: true })).toBeVisible();
    const code = atlas.code('zoom/cobrowse/1012');
    const link = page.getByRole('link', { name: `Zoom Cobrowse 1012, ${code.constant}` });
    const tip = link.locator('xpath=following-sibling::span[contains(@class,"matrix-tip")]');
    await expect(tip).toBeHidden();
    await link.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(code.constant);
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await link.focus();
    await expect(tip).toBeVisible();
  });

  test('narrows to a subset of SDKs, kept in the URL', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByRole('checkbox', { name: 'Sceenic iOS Objective-C' }).uncheck();
    await page.getByRole('checkbox', { name: 'Sceenic iOS Swift' }).uncheck();
    await expect(page.getByRole('columnheader', { name: 'Sceenic iOS Swift' })).toBeHidden();
    await expect(page.getByRole('columnheader', { name: 'VideoSDK React' })).toBeVisible();
    const kept = atlas.sdks
      .filter((sdk) => !['Sceenic iOS Objective-C', 'Sceenic iOS Swift'].includes(sdk.shortName))
      .map((sdk) => `${sdk.vendor}-${sdk.slug}`);
    expect(kept).toContain('videosdk-react');
    // The URL lists the kept SDKs (in the order of the column choices, grouped by kind).
    expect(new URL(page.url()).searchParams.getAll('sdk').sort()).toEqual(kept.sort());
    await page.reload();
    await expect(page.getByRole('columnheader', { name: 'Sceenic iOS Swift' })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Sceenic iOS Swift' })).not.toBeChecked();
  });

  test('is readable on a phone: the page does not scroll sideways, the matrix scrolls in its own frame', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/compare/');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // The concept column stays in view (sticky) while the SDK columns scroll sideways.
    const matrix = page.getByRole('region', { name: /Comparison matrix/ });
    await matrix.evaluate((el) => el.scrollBy({ left: 2000 }));
    const header = await page.getByRole('rowheader', { name: 'Session is full' }).boundingBox();
    expect(header!.x).toBeGreaterThanOrEqual(0);
    expect(header!.x + header!.width).toBeLessThanOrEqual(360);
  });
});

test('the "same number, different meaning" view sets such codes side by side', async ({ page }) => {
  await page.goto('/codes/');
  const view = page.locator('#different-meanings');
  await expect(view.getByRole('heading', { name: '1101' })).toBeVisible();
  await expect(view.getByRole('link', { name: 'Sceenic Web 1101' })).toBeVisible();
  await expect(view.getByRole('link', { name: 'Sceenic iOS Swift 1101' })).toBeVisible();
  // A number whose codes all mean the same (platform twins) is not among them.
  const shared = atlas
    .numbers()
    .find((n) => atlas.codesWithNumber(n).length > 1 && atlas.meanTheSame(atlas.codesWithNumber(n)))!;
  await expect(view.getByRole('heading', { name: String(shared), exact: true })).toHaveCount(0);
});

test('a code page prints without navigation, search or buttons, and with its source URL', async ({ page }) => {
  await page.goto('/videosdk/react/4009/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy/ }).first()).toBeHidden();
  await expect(page.locator('#fix')).toBeVisible();
  const after = await page.locator('#source a[href^="http"]').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('docs.videosdk.live');
});

/**
 * What a host serves besides the pages: the `_headers` file, and the links into the
 * project's repository, which exist only where a repository URL is configured. The root
 * build (dist/) has none; the sub-path build (dist-subpath/) is configured with one.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BuiltSite } from '../support/built-site';

/** The rules of a `_headers` file: path → header → value. */
function readHeaders(file: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      current!.set(name, value.join(':').trim());
    }
  }
  return rules;
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, new Set(sources)]),
  );

for (const { dir, base } of [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: '/errors/' },
]) {
  test(`${dir}/_headers sends the pages' CSP as a header with frame-ancestors, and the security headers`, () => {
    const rules = readHeaders(`${dir}/_headers`);
    const all = rules.get(`${base}*`)!;
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBeTruthy();
    const header = directives(all.get('Content-Security-Policy')!);
    expect([...header.get('frame-ancestors')!]).toEqual(["'none'"]);
    const site = new BuiltSite(dir, base);
    let checked = 0;
    for (const page of site.pages.values()) {
      const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      if (!meta) continue;
      checked++;
      for (const [name, sources] of directives(meta)) {
        for (const source of sources)
          expect(header.get(name)?.has(source), `${page.path}: ${name} ${source}`).toBe(true);
      }
    }
    expect(checked).toBe([...site.pages.values()].filter((p) => !site.isRedirect(p)).length);
  });

  test(`${dir}/_headers caches hashed assets for a year and pages and the search index briefly, without overlap`, () => {
    const rules = readHeaders(`${dir}/_headers`);
    expect(rules.get(`${base}_astro/*`)?.get('Cache-Control')).toMatch(/max-age=31536000.*immutable/);
    const short = /max-age=(\d+)/;
    for (const path of [base, `${base}pagefind/*`, `${base}videosdk/*`, `${base}api/*`]) {
      const value = rules.get(path)?.get('Cache-Control') ?? '';
      expect(Number(short.exec(value)?.[1]), path).toBeLessThanOrEqual(3600);
    }
    // Hosts join the values of every rule a path matches: no two caching rules may overlap.
    const cached = [...rules].filter(([, headers]) => headers.has('Cache-Control')).map(([path]) => path);
    for (const a of cached)
      for (const b of cached)
        if (a !== b && a.endsWith('*')) expect(b.startsWith(a.slice(0, -1)), `${a} overlaps ${b}`).toBe(false);
  });
}

test('without a configured repository, code pages and the 404 page have no repository links', async ({ page }) => {
  await page.goto('/videosdk/react/4009/');
  await expect(page.locator('[data-provenance]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
  await page.goto('/videosdk/react/4099/');
  await expect(page.getByRole('link', { name: 'Report a missing code' })).toHaveCount(0);
});

test.describe('with a configured repository', () => {
  test.use({ baseURL: 'http://localhost:4322' });

  test('"Edit this page" opens the code\'s own entry, at its line', async ({ page }) => {
    const lines = readFileSync('content/codes/videosdk/react.yaml', 'utf8').split('\n');
    const line = lines.findIndex((l) => l === '- number: 4009') + 1;
    await page.goto('/errors/videosdk/react/4009/');
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      `https://git.example.com/atlas/rtc-error-atlas/blob/main/content/codes/videosdk/react.yaml#L${line}`,
    );
  });

  test('"Report a missing code" opens a new issue naming the path and query that were asked for', async ({ page }) => {
    await page.goto('/errors/videosdk/react/NOT_A_CODE/?from=ticket-123');
    const link = page.getByRole('link', { name: 'Report a missing code' });
    await expect(link).toHaveAttribute('href', /^https:\/\/git\.example\.com\/atlas\/rtc-error-atlas\/issues\/new\?/);
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.searchParams.get('title')).toBe('Missing code: /errors/videosdk/react/NOT_A_CODE/');
    expect(href.searchParams.get('body')).toContain('/errors/videosdk/react/NOT_A_CODE/?from=ticket-123');
  });
});

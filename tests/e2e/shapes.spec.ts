/**
 * The site built from tests/fixtures/shapes (dist-shapes/, `npm run build:shapes`), a
 * catalog with codes of every shape: numbers in overlapping code sets, string identifiers
 * with dots and hyphens, per-platform aliases, numbers per version, tombstones, sub-reasons,
 * per-message meanings, a name two sets share and a name two vendors share. Everything that
 * once assumed one integer per code is checked here for each shape: pages and their URLs,
 * redirects from other spellings, hubs, the 404 page, search, the JSON API, the sitemap and
 * the compare matrix.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { Atlas, type CodeItem } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { codeLabel, identifierSpellings } from '../../src/lib/ids';
import { codeName } from '../../src/lib/labels';
import { BuiltSite } from '../support/built-site';
import { topResults } from './search-helpers';

const DIR = 'dist-shapes';
const atlas = new Atlas(loadCatalog('tests/fixtures/shapes'));
const site = new BuiltSite(DIR);
const codePath = (c: { vendor: string; sdk: string; key: string }) => `/${c.vendor}/${c.sdk}/${c.key}/`;
const readJson = (path: string) => JSON.parse(readFileSync(`${DIR}/${path}`, 'utf8'));
const code = (id: string): CodeItem => atlas.code(id);
const redirectTarget = (path: string) =>
  site.pages
    .get(path)
    ?.root.querySelector('meta[http-equiv="refresh"]')
    ?.getAttribute('content')
    ?.replace(/^0;url=/, '');

test('the fixture holds every shape it is meant to prove', () => {
  const sdkOf = (c: CodeItem) => atlas.sdkOf(c);
  expect(atlas.codes.some((c) => c.number === undefined)).toBe(true);
  expect(atlas.codes.some((c) => atlas.setOf(c).path)).toBe(true);
  expect(atlas.codes.some((c) => c.aliases.some((a) => a.platform))).toBe(true);
  expect(atlas.codes.some((c) => c.aliases.some((a) => a.legacy))).toBe(true);
  expect(atlas.codes.some((c) => c.versions.length > 0)).toBe(true);
  expect(atlas.codes.some((c) => c.deprecated && c.deprecated.replacedBy.length > 0)).toBe(true);
  expect(atlas.codes.some((c) => c.subReasons.length > 0)).toBe(true);
  expect(atlas.codes.some((c) => c.messages.some((m) => m.meaning))).toBe(true);
  expect(atlas.codes.some((c) => c.related.length > 0)).toBe(true);
  expect(atlas.codes.some((c) => /[.-]/.test(c.constant))).toBe(true);
  expect(atlas.spellingChoices().length).toBeGreaterThan(0);
  expect(atlas.sharedIdentifiers().length).toBeGreaterThan(0);
  // Two codes of one SDK with one number, in different sets.
  const numbered = atlas.codes.filter((c) => c.number !== undefined);
  expect(numbered.some((a) => numbered.some((b) => a !== b && a.number === b.number && sdkOf(a) === sdkOf(b)))).toBe(
    true,
  );
});

test('every code has its page at its key, titled with its identifier, and a JSON twin', () => {
  for (const c of atlas.codes) {
    const page = site.pages.get(codePath(c));
    expect(page && !site.isRedirect(page), codePath(c)).toBe(true);
    expect(page!.root.querySelector('h1')?.text, codePath(c)).toContain(codeLabel(c));
    expect(page!.root.querySelector('#constant')?.text, codePath(c)).toBe(c.constant);
    expect(readJson(`${c.vendor}/${c.sdk}/${c.key}.json`).id).toBe(c.id);
  }
  // Overlapping numbers in two sets of one SDK get two pages, the set's in its own segment.
  expect(site.pages.get('/nova/native/8/')!.root.querySelector('#constant')?.text).toBe('ERR_INVALID_TOKEN');
  expect(site.pages.get('/nova/native/connection-changed/8/')!.root.querySelector('#constant')?.text).toBe(
    'CONNECTION_CHANGED_INVALID_TOKEN',
  );
  // String identifiers read as words.
  expect(site.pages.has('/pulse/js/conference-max-users/')).toBe(true);
});

test('every spelling of every name and alias leads to its code, without JavaScript', () => {
  for (const c of atlas.codes) {
    for (const spelling of [c.constant, ...c.aliases.map((a) => a.name)].flatMap(identifierSpellings)) {
      const path = `/${c.vendor}/${c.sdk}/${spelling}/`;
      if (path === codePath(c)) continue;
      const target = redirectTarget(path) ?? (site.pages.has(path) ? path : undefined);
      expect(target, path).toBeDefined();
      const listed = site.pages
        .get(target!)
        ?.root.querySelectorAll('[data-spelling-choice] a')
        .map((a) => a.getAttribute('href'));
      if (listed?.length) expect(listed, path).toContain(codePath(c));
      else expect(target, path).toBe(codePath(c));
    }
  }
  expect(redirectTarget('/nova/native/NovaErrorCodeInvalidToken/')).toBe('/nova/native/8/');
  expect(redirectTarget('/pulse/js/conference.max_users/')).toBe('/pulse/js/conference-max-users/');
  expect(redirectTarget('/pulse/js/invalid-token/')).toBe('/pulse/js/meeting-token-invalid/');
});

test('a bare number leads to the one code that has it, in any set or version, and to none where it is ambiguous', () => {
  // No error 9: reason 9 is the only code numbered 9.
  expect(redirectTarget('/nova/native/9/')).toBe('/nova/native/connection-changed/9/');
  // MeetingEnded was 6 in v2 and is 5 in v3.
  expect(redirectTarget('/pulse/js/6/')).toBe('/pulse/js/meeting-ended/');
  expect(redirectTarget('/pulse/js/5/')).toBe('/pulse/js/meeting-ended/');
  // Error 8 has its own page at 8; reason 8 is not taken there.
  expect(site.isRedirect(site.pages.get('/nova/native/8/')!)).toBe(false);
});

test('a name two code sets share gets a page listing both, which each of them links to', () => {
  const choice = site.pages.get('/pulse/js/failed/')!;
  expect(choice.root.querySelector('h1')?.text).toContain('failed');
  const listed = choice.root.querySelectorAll('[data-spelling-choice] a').map((a) => a.getAttribute('href'));
  expect(listed.sort()).toEqual(['/pulse/js/connection-state/failed/', '/pulse/js/ice-state/failed/']);
  for (const path of listed)
    expect(
      site.pages
        .get(path!)!
        .root.querySelectorAll('[data-namesakes] a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/pulse/js/failed/');
  expect(redirectTarget('/pulse/js/FAILED/')).toBe('/pulse/js/failed/');
});

test('number hubs list every code with the number, including numbers of other versions; shared names get a hub', () => {
  const hub8 = site.pages.get('/codes/8/')!;
  const links8 = hub8.root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
  expect(links8).toEqual(expect.arrayContaining(['/nova/native/8/', '/nova/native/connection-changed/8/']));
  const hub6 = site.pages.get('/codes/6/')!;
  expect(hub6.root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/pulse/js/meeting-ended/');
  const named = site.pages.get('/codes/not-allowed-error/')!;
  expect(named.root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(
    expect.arrayContaining(['/nova/native/not-allowed-error/', '/pulse/js/not-allowed-error/']),
  );
});

test('a retired code stays as a tombstone that links to its replacement', () => {
  const page = site.pages.get('/nova/native/109/')!;
  const tombstone = page.root.querySelector('[data-tombstone]');
  expect(tombstone?.text).toMatch(/Retired in 3\.0/);
  expect(tombstone?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
    '/nova/native/connection-changed/9/',
  );
});

test('aliases, numbers per version, sub-reasons and per-message meanings are on their pages', () => {
  const names = site.pages.get('/nova/native/8/')!.root.querySelector('[data-code-names]')!.text;
  for (const alias of code('nova/native/8').aliases) expect(names).toContain(alias.name);
  expect(names).toContain('Flutter');
  const versions = site.pages.get('/pulse/js/meeting-ended/')!.root.querySelector('[data-code-names]')!.text;
  expect(versions).toMatch(/v2:\s*6/);
  expect(versions).toMatch(/v3:\s*5/);
  const reasons = site.pages.get('/nova/native/6010/')!.root.querySelectorAll('table tbody tr');
  expect(reasons.map((row) => row.text)).toEqual([
    expect.stringMatching(/reason: 1[\s\S]*user denied[\s\S]*clicked Block/),
    expect.stringMatching(/reason: 2[\s\S]*system denied[\s\S]*operating system/),
  ]);
  const messages = site.pages.get('/pulse/js/meeting-full/')!.root.querySelectorAll('table tbody tr');
  expect(messages.map((row) => row.text)).toEqual([
    expect.stringMatching(/Meeting is full[\s\S]*participant limit/),
    expect.stringMatching(/Meeting is full for guests[\s\S]*Pulse 2\.x[\s\S]*Sign in as a member/),
  ]);
});

test('the JSON API holds every code, with its key, set and shape, and validates against its schema', () => {
  const schema = readJson('api/v1/schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const validate = (def: string, data: unknown) => {
    const check = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
    return check(data) ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };
  const file = readJson('api/v1/codes.json');
  expect(validate('codes', file)).toEqual([]);
  expect(file.codes.map((c: { id: string }) => c.id).sort()).toEqual(atlas.codes.map((c) => c.id).sort());
  for (const c of atlas.codes) {
    const json = readJson(`${c.vendor}/${c.sdk}/${c.key}.json`);
    expect(validate('code', json), c.id).toEqual([]);
    expect(json.key).toBe(c.key);
    expect(json.set.id).toBe(c.set);
  }
  const retired = readJson('nova/native/109.json');
  expect(retired.deprecated.replacedBy).toEqual(['nova/native/connection-changed/9']);
  expect(readJson('pulse/js/meeting-ended.json').versions).toEqual([
    { version: 'v2', number: 6 },
    { version: 'v3', number: 5 },
  ]);
});

test('the sitemap lists every code page, choice page and hub, and no redirect', () => {
  const sitemap = readFileSync(`${DIR}/sitemap-0.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const c of atlas.codes) expect(listed).toContain(codePath(c));
  expect(listed).toContain('/pulse/js/failed/');
  expect(listed).toContain('/codes/not-allowed-error/');
  for (const path of listed) expect(site.isRedirect(site.pages.get(path)!), path).toBe(false);
});

test('the compare matrix names each code as its column shows it, set included where numbers overlap', async ({
  page,
}) => {
  await page.goto('/compare/');
  const row = page.getByRole('row', { name: /Token invalid/ });
  await expect(row.getByRole('link', { name: 'Nova Native 8, ERR_INVALID_TOKEN', exact: true })).toHaveText('8');
  await expect(row.getByRole('link', { name: 'Nova Native ConnectionChangedReason 8' })).toHaveText(
    'ConnectionChangedReason 8',
  );
  await expect(row.getByRole('link', { name: 'Pulse JS meeting-token-invalid' })).toBeVisible();
});

test.describe('search', () => {
  test('every code is found first by its identifier, and by each alias', async ({ page }) => {
    test.setTimeout(120_000);
    for (const c of atlas.codes) {
      const namesakes = atlas.spellingChoicesOf(c).flatMap((choice) => choice.codes.map((o) => o.id));
      for (const name of [c.constant, ...c.aliases.map((a) => a.name)]) {
        const top = await topResults(page, name);
        if (namesakes.length > 0) expect(top.slice(0, namesakes.length).sort(), name).toEqual(namesakes.sort());
        else expect(top[0], name).toBe(c.id);
      }
    }
  });

  test('an identifier in another spelling, a number of an older version and a bare number all find their codes', async ({
    page,
  }) => {
    expect((await topResults(page, 'conference max users'))[0]).toBe('pulse/js/conference-max-users');
    expect((await topResults(page, 'CONFERENCE_MAX_USERS'))[0]).toBe('pulse/js/conference-max-users');
    expect((await topResults(page, 'errInvalidToken'))[0]).toBe('nova/native/8');
    expect((await topResults(page, '6'))[0]).toBe('pulse/js/meeting-ended');
    expect((await topResults(page, '8')).slice(0, 2).sort()).toEqual([
      'nova/native/8',
      'nova/native/connection-changed/8',
    ]);
  });
});

test.describe('the 404 page', () => {
  test('a spelling with no page of its own still reaches the code', async ({ page }) => {
    const response = await page.goto('/pulse/js/Conference.Max-Users/');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/pulse\/js\/conference-max-users\/$/);
  });

  test('a name in the wrong SDK lists the SDK that has it', async ({ page }) => {
    await page.goto('/nova/native/meeting-full/');
    await expect(page.getByText('Nova Native has no code named meeting-full')).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: codeName(code('pulse/js/meeting-full'), atlas.sdkOf(code('pulse/js/meeting-full'))),
      }),
    ).toBeVisible();
  });
});

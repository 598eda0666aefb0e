/**
 * Checks of the built site that need no browser: every internal link and #fragment
 * resolves, the sitemap lists every page, every code page is reachable from the home page,
 * and every code page has the same anatomy. Runs on dist/ as `npm test` leaves it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { codeLabel, identifierSpellings } from '../../src/lib/ids';
import { BuiltSite, references } from '../support/built-site';

const ORIGIN = 'http://site.invalid';
const site = new BuiltSite('dist');
const atlas = new Atlas(loadCatalog('content'));
const codePath = (c: { vendor: string; sdk: string; key: string }) => `/${c.vendor}/${c.sdk}/${c.key}/`;

/** The fixed anatomy of a code page, in order. */
const ANATOMY = [
  'message',
  'meaning',
  'causes',
  'fix',
  'triage',
  'symptoms',
  'reply',
  'handling',
  'equivalents',
  'same-number',
  'notes',
  'source',
];

test('every internal link and #fragment on every page resolves', () => {
  const broken: string[] = [];
  for (const page of site.pages.values()) {
    for (const { value } of references(page)) {
      const url = new URL(value, ORIGIN + page.path);
      if (url.origin !== ORIGIN) continue;
      const target = site.resolves(url.pathname);
      if (!target) {
        broken.push(`${page.path} → ${value}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && (target === 'file' || !target.ids.has(fragment)))
        broken.push(`${page.path} → ${value} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('the sitemap lists every page of the site, and only those', () => {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/^\//, ''));
  const listed = new Set(
    sitemaps.flatMap((file) =>
      [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
    ),
  );
  const pages = [...site.pages.values()]
    .filter((page) => !site.isRedirect(page) && page.path !== '/404.html')
    .map((page) => page.path);
  expect([...listed].sort()).toEqual(pages.sort());
});

test('every code page is reachable by browsing from the home page', () => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const page = site.pages.get(queue.shift()!);
    if (!page) continue;
    for (const { attr, value } of references(page)) {
      if (attr !== 'href') continue;
      const url = new URL(value, ORIGIN + page.path);
      if (url.origin === ORIGIN && site.pages.has(url.pathname) && !seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  const orphans = atlas.codes.map(codePath).filter((path) => !seen.has(path));
  expect(orphans).toEqual([]);
  const unreachable = [...site.pages.keys()].filter(
    (path) => !seen.has(path) && path !== '/404.html' && !site.isRedirect(site.pages.get(path)!),
  );
  expect(unreachable).toEqual([]);
});

test('every code of the catalog has its page, naming its exact constant, with the fixed anatomy in order', () => {
  for (const code of atlas.codes) {
    const page = site.pages.get(codePath(code));
    expect(page, codePath(code)).toBeDefined();
    expect(page!.root.querySelector('h1')?.text).toContain(codeLabel(code));
    expect(page!.root.querySelector('#constant')?.text).toBe(code.constant);
    const order = page!.root.querySelectorAll('article section[id]').map((s) => s.id);
    expect(order, codePath(code)).toEqual(ANATOMY);
    for (const id of ANATOMY)
      expect(page!.root.querySelector(`#${id}`)?.text.trim().length, `${codePath(code)}#${id}`).toBeGreaterThan(40);
  }
});

test('every vendor, SDK, category, concept and number of the catalog has its page: nothing is dropped', () => {
  const expected = [
    ...atlas.vendors.map((v) => `/${v.id}/`),
    ...atlas.sdks.map((s) => `/${s.vendor}/${s.slug}/`),
    ...atlas.categories.map((c) => `/categories/${c.id}/`),
    ...atlas.concepts.map((c) => `/concepts/${c.id}/`),
    ...atlas.numbers().map((n) => `/codes/${n}/`),
  ];
  expect(expected.filter((path) => !site.pages.has(path))).toEqual([]);
});

test('every code page links to its vendor source page, with noopener noreferrer', () => {
  for (const code of atlas.codes) {
    const page = site.pages.get(codePath(code))!;
    const source = page.root.querySelector('#source a[href^="http"]');
    expect(source?.getAttribute('href'), codePath(code)).toContain(new URL(atlas.sdkOf(code).source.url).host);
  }
  for (const page of site.pages.values()) {
    for (const link of page.root.querySelectorAll('a[href^="http"]')) {
      expect(link.getAttribute('rel')?.split(' ').sort(), `${page.path} ${link.getAttribute('href')}`).toEqual([
        'noopener',
        'noreferrer',
      ]);
    }
  }
});

test("every spelling of a code's names leads to its page: it is the page, forwards there, or lists it among namesakes", () => {
  const paths = atlas.codes.flatMap((code) =>
    [code.constant, ...code.aliases.map((a) => a.name)]
      .flatMap(identifierSpellings)
      .map((spelling) => ({ code, path: `/${code.vendor}/${code.sdk}/${spelling}/` })),
  );
  expect(paths.some(({ code, path }) => path === `/videosdk/react/${code.constant}/`)).toBe(true);
  for (const { code, path } of paths) {
    let page = site.pages.get(path);
    expect(page, path).toBeDefined();
    if (site.isRedirect(page!)) {
      const target = page!.root
        .querySelector('meta[http-equiv="refresh"]')
        ?.getAttribute('content')
        ?.replace(/^0;url=/, '');
      page = site.pages.get(target!);
      expect(page, `${path} → ${target}`).toBeDefined();
    }
    const listed = page!.root.querySelectorAll('[data-spelling-choice] a').map((a) => a.getAttribute('href'));
    const namesakes = page!.root.querySelectorAll('[data-namesakes] a').map((a) => a.getAttribute('href'));
    if (listed.length > 0) expect(listed, path).toContain(codePath(code));
    // Words two codes of one SDK share lead to the one whose page bears them, which names the other.
    else if (page!.path !== codePath(code)) expect(namesakes, path).toContain(codePath(code));
  }
});

test('a name that several codes of one SDK share lists them all, and each of their pages links to the others', () => {
  for (const choice of atlas.spellingChoices()) {
    const path = `/${choice.sdk.vendor}/${choice.sdk.slug}/${choice.path}/`;
    const page = site.pages.get(path);
    expect(page && !site.isRedirect(page), path).toBe(true);
    const listed = page!.root.querySelectorAll('[data-spelling-choice] a').map((a) => a.getAttribute('href'));
    expect(listed.sort(), path).toEqual(choice.codes.map(codePath).sort());
    for (const code of choice.codes) {
      const links = site.pages
        .get(codePath(code))!
        .root.querySelectorAll('[data-namesakes] a')
        .map((a) => a.getAttribute('href'));
      expect(links, codePath(code)).toContain(path);
      for (const other of choice.codes)
        if (other.id !== code.id) expect(links, codePath(code)).toContain(codePath(other));
    }
  }
});

test('every SDK page and every code page says where its entries come from, for which version, and when they were checked', () => {
  const pages = [
    ...atlas.sdks.map((sdk) => ({ path: `/${sdk.vendor}/${sdk.slug}/`, sdk })),
    ...atlas.codes.map((code) => ({ path: codePath(code), sdk: atlas.sdkOf(code) })),
  ];
  for (const { path, sdk } of pages) {
    const note = site.pages.get(path)?.root.querySelector('[data-provenance]');
    expect(note, path).toBeTruthy();
    const text = note!.text.replace(/\s+/g, ' ').trim();
    expect(text, path).toContain(`From ${sdk.source.title}, ${sdk.shortName}`);
    if (sdk.source.version) expect(text, path).toContain(sdk.source.version);
    expect(text, path).toMatch(/checked \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(note!.querySelector('time')?.getAttribute('datetime'), path).toBe(sdk.source.checked);
  }
});

test('every address published before stays: page, redirect or file, deep links in tickets keep working', () => {
  const published = readFileSync('tests/fixtures/published-urls.txt', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'));
  expect(published.length).toBeGreaterThan(0);
  expect(published.filter((path) => !site.resolves(path))).toEqual([]);
});

test('an equivalent is labelled relative to the page it is on: the two pages of a pair agree', () => {
  const inverse: Record<string, string> = {
    same: 'same',
    narrower: 'broader',
    broader: 'narrower',
    related: 'related',
  };
  const labels = new Map<string, string>();
  for (const code of atlas.codes) {
    for (const item of site.pages.get(codePath(code))!.root.querySelectorAll('#equivalents [data-relation]'))
      labels.set(`${code.id} ${item.getAttribute('data-code')}`, item.getAttribute('data-relation')!);
  }
  expect(labels.size).toBeGreaterThan(0);
  const disagree = [...labels]
    .filter(([pair, label]) => {
      const [a, b] = pair.split(' ');
      return labels.get(`${b} ${a}`) !== inverse[label];
    })
    .map(([pair, label]) => `${pair}: ${label} / ${labels.get(pair.split(' ').reverse().join(' '))}`);
  expect(disagree).toEqual([]);
});

test('no visible text runs into a link or a code span: every word keeps its space', () => {
  // Astro drops the line break between a word and an element on the next line, gluing them
  // ("thecomparison matrix"); a space must be written where one is meant.
  const glued: string[] = [];
  for (const page of site.pages.values()) {
    if (site.isRedirect(page)) continue;
    const html = page.root.querySelector('main')?.innerHTML ?? '';
    for (const m of html.matchAll(/[A-Za-z0-9.,;:]<(a|code|strong|em)[ >][^<]{0,30}/g))
      glued.push(`${page.path}: ${m[0]}`);
  }
  expect(glued).toEqual([]);
});

test('every code whose number means something else in another SDK warns of it on its page', () => {
  const clashes = atlas.numberClashes();
  expect(clashes.length).toBeGreaterThan(0);
  for (const { codes } of clashes)
    for (const code of codes) {
      const section = site.pages.get(codePath(code))!.root.querySelector('#same-number');
      expect(section?.querySelector('[role="note"]')?.text, codePath(code)).toContain('Same number, different meaning');
    }
});

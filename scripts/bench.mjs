// The benchmark: page weight, search speed, Lighthouse scores and how the build scales.
// Prints a table and writes it to BENCHMARKS.md. Not part of `npm test`: timings on shared
// machines are noisy, so every figure is min / median / max over several runs.
//
//   npm run bench                         everything (about 20 minutes on 2 cores)
//   npm run bench -- --runs 5             more runs of the quick figures
//   npm run bench -- --scale 1000,10000   other catalog sizes (100000 takes ~10 minutes)
//   npm run bench -- --no-lighthouse --no-scale
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'yaml';
import { CHROMIUM_FLAGS, chromiumLaunchOptions, systemChromium } from '../tests/e2e/browser.ts';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'scale-runs': { type: 'string', default: '1' },
    scale: { type: 'string', default: '1000,10000,100000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
  },
});
const RUNS = Number(options.runs);
const SCALE_RUNS = Number(options['scale-runs']);
const SCALES = options['no-scale'] ? [] : options.scale.split(',').map(Number).filter(Boolean);
const LIGHTHOUSE = !options['no-lighthouse'];
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const log = (...parts) => console.error('[bench]', ...parts);

// ---------- figures ----------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** "min / median / max" of several runs. */
function spread(xs, digits = 1, unit = '') {
  const f = (x) => `${x.toFixed(digits)}${unit}`;
  return xs.length === 1 ? f(xs[0]) : `${f(Math.min(...xs))} / ${f(median(xs))} / ${f(Math.max(...xs))}`;
}
const kb = (bytes) => bytes / 1024;

// ---------- building and serving ----------

/** Builds the site; returns wall seconds and peak memory (MB) of the build's processes. */
function build({ contentDir, outDir, site, bigHeap = false }) {
  const env = {
    ...process.env,
    OUT_DIR: outDir,
    SITE_URL: site ?? 'https://rtc-error-atlas.example',
    // Node's default heap is too small for the largest catalogs; a larger one is not needed below.
    ...(bigHeap ? { NODE_OPTIONS: '--max-old-space-size=16384' } : {}),
    ...(contentDir ? { ATLAS_CONTENT_DIR: contentDir } : {}),
  };
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const started = process.hrtime.bigint();
  const command = timeBin ? [timeBin, ['-f', 'BENCH %e %M', 'npx', 'astro', 'build']] : ['npx', ['astro', 'build']];
  const result = spawnSync(command[0], command[1], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`build failed:\n${result.stdout?.slice(-2000)}\n${result.stderr?.slice(-2000)}`);
  const measured = /BENCH ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMB: measured ? Number(measured[2]) / 1024 : NaN };
}

/** Serves a built folder with `astro preview`; resolves once it answers. */
async function serve(outDir, port) {
  const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`preview on ${port} did not start`);
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const sub = sizeOf(join(path, name));
    bytes += sub.bytes;
    files += sub.files;
  }
  return { bytes, files };
}

/** The largest HTML file of a built site, gzipped: how heavy the longest list page is. */
function largestPage(dir) {
  let best = { path: '', gzip: 0 };
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const size = statSync(p).size;
        if (size > best.raw || !best.raw) {
          best = { path: p.slice(dir.length), raw: size, gzip: gzipSync(readFileSync(p)).length };
        }
      }
    }
  };
  walk(dir);
  return best;
}

// ---------- in the browser ----------

/** Bytes as they cross the wire: Pagefind's index files are already compressed, the rest gzipped. */
function wireBytes(url, body) {
  return /\.pf_|\.pagefind$|pagefind\.wasm/.test(url) ? body.length : gzipSync(body).length;
}

/** What a search's download is for: Pagefind's engine, its index, the results' data, or the atlas's own code. */
function searchPartOf(url) {
  const path = url.split('?')[0];
  if (/pagefind\.js$|\.pagefind$/.test(path)) return 'engine';
  if (/\.pf_meta$|pagefind-entry\.json/.test(path)) return 'index meta';
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_fragment$/.test(path)) return 'result data';
  return 'atlas code and hints';
}

function kindOf(contentType, url) {
  if (/text\/html/.test(contentType)) return 'html';
  if (/css/.test(contentType)) return 'css';
  if (/javascript/.test(contentType)) return 'js';
  if (/font|woff/.test(contentType) || /\.woff2?$/.test(url)) return 'font';
  if (/image/.test(contentType)) return 'image';
  return 'other';
}

/** Records the bytes of every response while `action` runs. */
async function recordBytes(page, action) {
  const byKind = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  const byPart = {};
  let chunks = 0;
  const pending = [];
  const onResponse = (response) =>
    pending.push(
      response
        .body()
        .then((body) => {
          const bytes = wireBytes(response.url(), body);
          byKind[kindOf(response.headers()['content-type'] ?? '', response.url())] += bytes;
          const part = searchPartOf(response.url());
          byPart[part] = (byPart[part] ?? 0) + bytes;
          if (part === 'index chunks') chunks += 1;
        })
        .catch(() => {}),
    );
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return { ...byKind, total: Object.values(byKind).reduce((a, b) => a + b, 0), byPart, chunks };
}

async function pageWeights(browser, base, pages) {
  const out = {};
  for (const [name, path] of Object.entries(pages)) {
    const samples = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      samples.push(await recordBytes(page, () => page.goto(base + path)));
      const blocking = await page.evaluate(
        () =>
          [...document.head.querySelectorAll('script')].filter((s) => s.type !== 'module' && !s.async && !s.defer)
            .length,
      );
      samples.at(-1).blockingScripts = blocking;
      await context.close();
    }
    out[name] = { path, samples };
  }
  return out;
}

/** Time from the last keystroke to the results on screen, in the header search of a code page. */
async function searchFigures(browser, base, queries, codePage) {
  const figures = {};
  for (const [name, query] of Object.entries(queries))
    figures[name] = {
      query,
      latency: [],
      finalLatency: [],
      firstKB: [],
      laterKB: [],
      firstLatency: [],
      parts: [],
      chunks: [],
    };
  for (let r = 0; r < RUNS; r++) {
    for (const [name, query] of Object.entries(queries)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base + codePage);
      await page.waitForLoadState('networkidle');
      // Types a query as one keystroke and times, from that keystroke, the first results on
      // screen and the final, ranked list (the list is aria-busy in between).
      const type = (q) =>
        page.evaluate(
          (q) =>
            new Promise((resolve) => {
              const input = document.querySelector('#site-search');
              const more = document.querySelector('[data-more]');
              const list = document.querySelector('#site-search-results');
              const start = performance.now();
              let first;
              const check = () => {
                if (first === undefined && more.textContent.includes(`“${q}”`)) first = performance.now() - start;
                if (list.dataset.query === q && list.getAttribute('aria-busy') === 'false') {
                  observer.disconnect();
                  const final = performance.now() - start;
                  requestAnimationFrame(() => resolve({ first: first ?? final, final }));
                }
              };
              const observer = new MutationObserver(check);
              observer.observe(document.querySelector('atlas-search'), {
                childList: true,
                characterData: true,
                subtree: true,
                attributes: true,
              });
              input.focus();
              input.value = q;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          q,
        );
      // First query on a fresh page: everything the search fetches, from focus to results.
      let first;
      const firstBytes = await recordBytes(page, async () => {
        first = await type(query);
      });
      figures[name].firstKB.push(kb(firstBytes.total));
      figures[name].parts.push(firstBytes.byPart);
      figures[name].chunks.push(firstBytes.chunks);
      figures[name].firstLatency.push(first.final);
      // A later query, on the now warm page.
      const other = name === 'number' ? 'camera permission denied' : '206';
      const laterBytes = await recordBytes(page, () => type(other));
      figures[name].laterKB.push(kb(laterBytes.total));
      // Warm latency: the page has searched before; time the last keystroke of the query.
      await type(query.slice(0, -1));
      const warm = await type(query);
      figures[name].latency.push(warm.first);
      figures[name].finalLatency.push(warm.final);
      await context.close();
    }
  }
  return figures;
}

async function lighthouseScores(base, pages) {
  const chromePath = systemChromium();
  const out = {};
  for (const [name, path] of Object.entries(pages)) {
    const scores = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let r = 0; r < RUNS; r++) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
      });
      try {
        const result = await lighthouse(base + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(scores),
        });
        for (const key of Object.keys(scores)) scores[key].push(result.lhr.categories[key].score * 100);
      } finally {
        await chrome.kill();
      }
    }
    out[name] = { path, scores };
  }
  return out;
}

// ---------- the run ----------

const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const PAGES = {
  'code page': '/videosdk/react/4009/',
  'SDK page': '/videosdk/react/',
  'concept page': '/concepts/session-full/',
  'home page': '/',
};
const QUERIES = {
  number: '4009',
  constant: 'SESSION_DUPLICATE_USER',
  symptom: 'call is full and nobody can join',
  'symptom, short': 'webcam blocked on a Mac',
};
const PORT = 4600;
const report = [];

log(`machine: ${machine}; runs: ${RUNS}; scales: ${SCALES.join(', ') || 'none'}`);
const realOut = join(work, 'real');
const realBuilds = [];
for (let r = 0; r < RUNS; r++) {
  realBuilds.push(build({ outDir: realOut, site: `http://127.0.0.1:${PORT}` }));
}
log('built the real catalog');
const server = await serve(realOut, PORT);
const browser = await chromium.launch(chromiumLaunchOptions());
let weights;
let search;
let scores;
try {
  weights = await pageWeights(browser, server.url, PAGES);
  log('measured page weights');
  search = await searchFigures(browser, server.url, QUERIES, PAGES['code page']);
  log('measured search');
  if (LIGHTHOUSE) {
    scores = await lighthouseScores(server.url, { 'code page': PAGES['code page'], 'home page': PAGES['home page'] });
    log('ran Lighthouse');
  }
} finally {
  await browser.close();
  server.stop();
}

// Scale: generated catalogs in a temporary folder; the real content/ is untouched.
const scale = [];
const realSize = sizeOf(realOut);
// The real catalog's size: one JSON record per code in the built API.
const realCodes = JSON.parse(readFileSync(join(realOut, 'api/v1/codes.json'), 'utf8')).count;
scale.push({
  codes: `real (${realCodes.toLocaleString('en')})`,
  seconds: realBuilds.map((b) => b.seconds),
  peakMB: realBuilds.map((b) => b.peakMB),
  dist: realSize,
  index: sizeOf(join(realOut, 'pagefind')),
  codePage: gzipSync(readFileSync(join(realOut, 'videosdk/react/4009/index.html'))).length,
  largest: largestPage(realOut),
});
let scaleSearch;
for (const n of SCALES) {
  const contentDir = join(work, `content-${n}`);
  const outDir = join(work, `dist-${n}`);
  spawnSync('npx', ['node', 'scripts/generate-catalog.mjs', String(n), contentDir], { stdio: 'ignore' });
  const builds = [];
  const runs = n >= 100000 ? 1 : SCALE_RUNS;
  try {
    for (let r = 0; r < runs; r++) {
      log(`building ${n} codes, run ${r + 1} of ${runs}`);
      builds.push(build({ contentDir, outDir, bigHeap: n >= 50000 }));
    }
  } catch (error) {
    // Keep the figures measured so far; say what failed.
    log(`the build of ${n} codes failed: ${String(error).slice(0, 500)}`);
    scale.push({
      codes: n.toLocaleString('en'),
      failed:
        String(error)
          .split('\n')
          .find((l) => /error|exhaust|memory/i.test(l)) ?? 'build failed',
    });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
    continue;
  }
  const firstCode = readdirSync(outDir).find((d) => d.startsWith('vendor'));
  scale.push({
    codes: n.toLocaleString('en'),
    seconds: builds.map((b) => b.seconds),
    peakMB: builds.map((b) => b.peakMB),
    dist: sizeOf(outDir),
    index: sizeOf(join(outDir, 'pagefind')),
    codePage: gzipSync(readFileSync(join(outDir, firstCode, 'sdk0', '1000', 'index.html'))).length,
    largest: largestPage(outDir),
  });
  if (n === 10000) {
    const generated = parse(readFileSync(join(contentDir, 'codes', 'vendor0', 'sdk0.yaml'), 'utf8'));
    const big = await serve(outDir, PORT + 1);
    const b = await chromium.launch(chromiumLaunchOptions());
    try {
      scaleSearch = await searchFigures(
        b,
        big.url,
        { number: '1042', constant: generated[5].constant, symptom: 'call is full and nobody can join' },
        `/${firstCode}/sdk0/1000/`,
      );
    } finally {
      await b.close();
      big.stop();
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

// ---------- the report ----------

const line = (cells) => `| ${cells.join(' | ')} |`;
report.push('# Benchmarks', '');
report.push(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`npm run bench\` (scripts/bench.mjs).`,
);
report.push(
  `Each figure is min / median / max over ${RUNS} runs unless one number is shown. Bytes are as sent with gzip (Pagefind's own files are already compressed and count as they are).`,
  '',
);

report.push('## Page weight, first load (KB)', '');
report.push(line(['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'render-blocking scripts']));
report.push(line(Array(9).fill('---')));
for (const [name, { path, samples }] of Object.entries(weights)) {
  const f = (key) =>
    spread(
      samples.map((s) => kb(s[key])),
      1,
    );
  report.push(
    line([
      `${name} \`${path}\``,
      f('html'),
      f('css'),
      f('js'),
      f('font'),
      f('image'),
      f('other'),
      f('total'),
      String(Math.max(...samples.map((s) => s.blockingScripts))),
    ]),
  );
}
report.push('');

const searchTable = (title, figures, budget) => {
  report.push(`## ${title}`, '');
  report.push(
    line([
      'query',
      'warm: keystroke → first results (ms)',
      'warm: → final ranking (ms)',
      'first query on a page: time (ms)',
      'first query: fetched (KB)',
      'a later query: fetched (KB)',
    ]),
  );
  report.push(line(Array(6).fill('---')));
  for (const [name, f] of Object.entries(figures)) {
    report.push(
      line([
        `${name}: \`${f.query}\``,
        spread(f.latency, 1),
        spread(f.finalLatency, 1),
        spread(f.firstLatency, 0),
        spread(f.firstKB, 1),
        spread(f.laterKB, 1),
      ]),
    );
  }
  report.push('');
  // What the first query's bytes are for (the first run; bytes do not vary between runs).
  const parts = ['engine', 'index meta', 'index chunks', 'filters', 'result data', 'atlas code and hints'];
  report.push(`What the first query fetched, by part (KB), against a budget of ${budget} KB for a symptom:`, '');
  report.push(line(['query', ...parts, 'index chunks loaded', 'total', 'within budget']));
  report.push(line(Array(parts.length + 4).fill('---')));
  for (const [name, f] of Object.entries(figures)) {
    const first = f.parts[0] ?? {};
    const total = kb(Object.values(first).reduce((a, b) => a + b, 0));
    report.push(
      line([
        `${name}: \`${f.query}\``,
        ...parts.map((part) => kb(first[part] ?? 0).toFixed(1)),
        String(f.chunks[0] ?? 0),
        total.toFixed(1),
        name.startsWith('symptom') ? (total <= budget ? 'yes' : 'no') : '',
      ]),
    );
  }
  report.push('');
};
searchTable('Search, real catalog (header search of a code page, Chromium, loopback)', search, 110);
{
  // Why a symptom costs what it does: the engine is fixed, and each word range is one chunk.
  const symptom = search.symptom;
  const first = symptom.parts[0] ?? {};
  const perChunk = symptom.chunks[0] ? kb(first['index chunks'] ?? 0) / symptom.chunks[0] : 0;
  report.push(
    `How to read it: Pagefind's engine (${kb(first.engine ?? 0).toFixed(1)} KB) comes with any first search. ` +
      `Pagefind cuts its word index into chunks of a fixed number of word locations (about ${perChunk.toFixed(0)} KB each here), ` +
      'and a query loads the chunk of each word range it touches: an exact number or name touches one, ' +
      'a symptom of several words and their synonyms one per distinct range.',
    '',
  );
}
if (scaleSearch) {
  searchTable('Search at 10,000 codes', scaleSearch, 150);
  // What every first query pays before it reads a single word of the index: Pagefind's
  // engine, its page meta (one entry per indexed page) and the atlas's own search code.
  const first = scaleSearch.symptom?.parts[0] ?? {};
  const floor = kb((first.engine ?? 0) + (first['index meta'] ?? 0) + (first['atlas code and hints'] ?? 0));
  report.push(
    `Before any word is looked up, a first query here has fetched ${floor.toFixed(1)} KB: the engine, ` +
      "the index meta, which holds one entry per indexed page, and the atlas's search code. " +
      'An index that holds every code page as its own Pagefind page cannot go below that.',
    '',
  );
}

if (scores) {
  report.push('## Lighthouse (mobile settings, system Chromium)', '');
  report.push(line(['page', 'performance', 'accessibility', 'best practices', 'SEO']));
  report.push(line(Array(5).fill('---')));
  for (const [name, { path, scores: s }] of Object.entries(scores)) {
    report.push(
      line([
        `${name} \`${path}\``,
        spread(s.performance, 0),
        spread(s.accessibility, 0),
        spread(s['best-practices'], 0),
        spread(s.seo, 0),
      ]),
    );
  }
  report.push('');
}

report.push('## Scale (generated catalogs; build = site and search index)', '');
report.push(
  line([
    'codes',
    'build (s)',
    'peak memory (MB)',
    'dist/ (MB)',
    'files',
    'search index (MB)',
    'code page (KB gzip)',
    'largest page (KB gzip)',
  ]),
);
report.push(line(Array(8).fill('---')));
for (const row of scale) {
  if (row.failed) {
    report.push(line([row.codes, `build failed: ${row.failed}`, '', '', '', '', '', '']));
    continue;
  }
  report.push(
    line([
      row.codes,
      spread(row.seconds, 1),
      spread(row.peakMB, 0),
      (row.dist.bytes / 2 ** 20).toFixed(1),
      row.dist.files.toLocaleString('en'),
      (row.index.bytes / 2 ** 20).toFixed(1),
      kb(row.codePage).toFixed(1),
      `${kb(row.largest.gzip).toFixed(1)} (\`${row.largest.path}\`)`,
    ]),
  );
}
report.push('');
const text = report.join('\n');
writeFileSync(options.out, `${text}\n`);
console.log(text);

// Measures search quality on query files (JSON arrays of {query, kind, expect?, anyOf?})
// against a served build: node scripts/search-eval.mjs [BASE_URL] FILE...
// Prints each miss and the hit rate (a query hits when its codes are among the first 3).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';
import { topResults } from '../tests/e2e/search-helpers.ts';

const args = process.argv.slice(2);
const base = /^https?:/.test(args[0] ?? '') ? args.shift() : 'http://localhost:4321';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const file of args) {
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  let hits = 0;
  const byKind = {};
  for (const c of cases) {
    const top = (await topResults(page, c.query, base)).slice(0, 3);
    const ok = (c.expect ?? []).every((id) => top.includes(id)) && (!c.anyOf || c.anyOf.some((id) => top.includes(id)));
    byKind[c.kind] ??= [0, 0];
    byKind[c.kind][1] += 1;
    if (ok) {
      hits += 1;
      byKind[c.kind][0] += 1;
    } else
      console.log(
        `  miss [${c.kind}] ${c.query}\n       got ${top.join(', ') || 'nothing'}; wanted ${[...(c.expect ?? []), ...(c.anyOf ? [`any of ${c.anyOf.join(' / ')}`] : [])].join(', ')}`,
      );
  }
  const kinds = Object.entries(byKind)
    .map(([k, [h, n]]) => `${k} ${h}/${n}`)
    .join(', ');
  console.log(`${file}: ${hits}/${cases.length} = ${((hits / cases.length) * 100).toFixed(1)} % (${kinds})`);
}
await browser.close();

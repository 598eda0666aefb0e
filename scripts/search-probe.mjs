// Runs queries through the site's search page and prints the top results (TOP=10 for more):
//   npx tsx scripts/search-probe.mjs "query" ...
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';
const base = process.env.BASE_URL ?? 'http://localhost:4321';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s && s !== 'Searching…';
  });
  const top = await page.$$eval(
    '#search-results li',
    (lis, n) => lis.slice(0, n).map((li) => li.querySelector('a')?.textContent),
    Number(process.env.TOP ?? 3),
  );
  const status = await page.textContent('#search-status');
  console.log(`${q}\n   ${top.join(' | ')}   [${status}]`);
}
await browser.close();

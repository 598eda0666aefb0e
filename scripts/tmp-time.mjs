import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4610/search/');
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  await pf.init();
  const res = [];
  const time = async (label, f) => {
    const s = performance.now();
    const r = await f();
    res.push(`${label}: ${r.results.length} ${(performance.now() - s).toFixed(1)} ms`);
  };
  for (const pass of [1, 2]) {
    await time('key single', () => pf.search(null, { filters: { key: 'usernotauthorized05' } }));
    await time('key any', () =>
      pf.search(null, { filters: { key: { any: ['usernotauthorized05', 'sessionisfull12', 'nothere'] } } }),
    );
    await time('number', () => pf.search(null, { filters: { number: '1042' } }));
    await time('sdk filter', () => pf.search(null, { filters: { sdk: 'Vendor 0 SDK 0' } }));
  }
  return res;
});
console.log(out.join('\n'));
await browser.close();

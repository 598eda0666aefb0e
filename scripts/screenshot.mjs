// Saves a PNG of a page of the built site, for looking at a change:
//   node scripts/screenshot.mjs URL OUT.png [width] [light|dark]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';

const [url, out, width = '1200', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
const response = await page.goto(url);
await page.waitForLoadState('networkidle');
console.log(response?.status(), page.url());
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();

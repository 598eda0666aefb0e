/**
 * What a support engineer sees at a glance, at 1280×800 and on a 390×844 phone, in both
 * themes: the answer on the first screen, a title bar for deep links, the sections at
 * hand, constants that break only between words, no sideways scroll, a visible keyboard
 * selection and a theme switch that remembers the choice without weakening the CSP.
 */
import { expect, test, type Page } from '@playwright/test';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { codeLabel, identifierBreaks } from '../../src/lib/ids';
import { plainText as plain } from '../../src/lib/inline';
import { codeName } from '../../src/lib/labels';

const atlas = new Atlas(loadCatalog('content'));
const path = (c: { vendor: string; sdk: string; key: string }) => `/${c.vendor}/${c.sdk}/${c.key}/`;
/** The code pages most likely to push the fix down: the longest names, summaries and first steps, and many aliases. */
const crowded = [...atlas.codes]
  .sort(
    (a, b) =>
      b.summary.length +
      b.fix[0].length +
      b.constant.length * 3 +
      b.aliases.length * 40 -
      (a.summary.length + a.fix[0].length + a.constant.length * 3 + a.aliases.length * 40),
  )
  .slice(0, 4);
const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const screen of SCREENS) {
  test(`the first fix step is on the first screen (${screen.name})`, async ({ page }) => {
    await page.setViewportSize(screen);
    for (const code of crowded) {
      await page.goto(path(code));
      const step = page.locator('[data-first-step]');
      await expect(step, path(code)).toContainText(code.fix[0].replace(/`/g, '').slice(0, 30));
      const box = (await step.boundingBox())!;
      expect(box.y + box.height, `${path(code)} first step ends at ${box.y + box.height}px`).toBeLessThanOrEqual(
        screen.height,
      );
    }
  });
}

test('a deep link to a section shows which code it is, in a title bar that stays in view', async ({ page }) => {
  const code = atlas.code('videosdk/react/4009');
  await page.goto(`${path(code)}#fix`);
  const bar = page.locator('[data-titlebar]');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(codeLabel(code));
  await expect(bar).toContainText(code.constant);
  // The section's heading is not hidden under the bar.
  const barBox = (await bar.boundingBox())!;
  const heading = (await page.getByRole('heading', { name: 'How to fix it' }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
  // At the top of the page the heading itself names the code, and the bar is out of the way.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(bar).toBeHidden();
});

test('"On this page" sits beside the content on a wide screen and is collapsed on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/zoom/cobrowse/1011/');
  const aside = page.locator('[data-on-this-page="aside"]');
  await expect(aside.getByRole('link', { name: 'How to fix it' })).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await expect(aside.getByRole('link', { name: 'How to fix it' })).toBeInViewport();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zoom/cobrowse/1011/');
  await expect(aside).toBeHidden();
  const inline = page.locator('[data-on-this-page="inline"]');
  await expect(inline.getByRole('link', { name: 'How to fix it' })).toBeHidden();
  await inline.locator('summary').click();
  await inline.getByRole('link', { name: 'How to fix it' }).click();
  await expect(page).toHaveURL(/#fix$/);
});

test('each section heading has one quiet link affordance, not two', async ({ page }) => {
  await page.goto('/videosdk/react/4009/');
  const heading = page.locator('#fix > div').first();
  await expect(heading.getByRole('link')).toHaveCount(1);
  await expect(heading.getByRole('button')).toHaveCount(0);
});

/** Page types, each at its widest content: the longest constant, the biggest tables. */
function pagesOfEveryType(): string[] {
  const longest = [...atlas.codes].sort((a, b) => b.constant.length - a.constant.length)[0];
  const biggestSdk = [...atlas.sdks].sort((a, b) => atlas.codesOf(b).length - atlas.codesOf(a).length)[0];
  const choice = atlas.spellingChoices()[0];
  return [
    '/',
    `/${biggestSdk.vendor}/`,
    `/${biggestSdk.vendor}/${biggestSdk.slug}/`,
    path(longest),
    `/categories/`,
    `/categories/${atlas.categories[0].id}/`,
    '/concepts/',
    `/concepts/${atlas.concepts[0].id}/`,
    '/codes/',
    `/codes/${atlas.numbers()[0]}/`,
    '/compare/',
    '/search/?q=camera',
    '/api/',
    '/no/such/page/',
    ...(choice ? [`/${choice.sdk.vendor}/${choice.sdk.slug}/${choice.path}/`] : []),
  ];
}

test('no page type scrolls sideways on a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  for (const url of pagesOfEveryType()) {
    await page.goto(url);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${url}: ${width}px`);
  }
  expect(wide).toEqual([]);
});

test('constants break only between their words, never inside one', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const longest = [...atlas.codes].sort((a, b) => b.constant.length - a.constant.length).slice(0, 5);
  for (const code of longest) {
    await page.goto(path(code));
    const constant = page.locator('#constant');
    await expect(constant).toHaveText(code.constant);
    // Each line the browser lays out starts at one of the identifier's word boundaries.
    const lineStarts = await constant.evaluate((el) => {
      const range = document.createRange();
      const text = el.textContent ?? '';
      const starts: number[] = [];
      let lastTop = -Infinity;
      let offset = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = range.getBoundingClientRect().top;
          if (top > lastTop + 2) {
            starts.push(offset + i);
            lastTop = top;
          }
        }
        offset += (node.textContent ?? '').length;
      }
      return { starts, length: text.length };
    });
    const boundaries = new Set<number>([0]);
    let at = 0;
    for (const piece of identifierBreaks(code.constant)) boundaries.add((at += piece.length));
    for (const start of lineStarts.starts)
      expect(boundaries.has(start), `${code.constant} breaks at ${start}`).toBe(true);
  }
});

/** WCAG contrast ratio of two computed CSS colours (rgb/rgba). */
async function contrast(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const lum = (css: string) => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.fillStyle = css;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const [l1, l2] = [lum(x), lum(y)].sort((m, n) => n - m);
      return (l1 + 0.05) / (l2 + 0.05);
    },
    [a, b],
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the selected search suggestion stands out from the list by 3:1 or more (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const input = page.getByRole('combobox', { name: /Search codes/ });
    await input.fill('camera');
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    await input.press('ArrowDown');
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveCount(1);
    const selectedBg = await selected.evaluate((el) => getComputedStyle(el).backgroundColor);
    const listBg = await page.getByRole('listbox').evaluate((el) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    });
    expect(await contrast(page, selectedBg, listBg)).toBeGreaterThanOrEqual(3);
  });
}

test('the theme switch applies the choice, keeps it across pages and reloads, and breaks no CSP rule', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/videosdk/react/4009/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.goto('/concepts/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await background()).toBe(dark);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await page.reload();
  expect(await background()).toBe(dark);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await page.reload();
  expect(await background()).toBe(light);
  expect(violations).toEqual([]);
});

test('the chosen theme is in place before the first paint: no flash of the other one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('atlas-theme', 'dark'));
  // The theme attribute is set by the time the body exists, before any script of the page's own runs.
  await page.addInitScript(() => {
    document.addEventListener(
      'readystatechange',
      () => {
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
      },
      { once: true },
    );
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
});

test('tables of codes and messages become stacked cards on a phone, each cell named by its column', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const multi = atlas.codes.find((c) => c.messages.some((m) => m.meaning))!;
  await page.goto(path(multi));
  const row = page.locator('#message table tbody tr').first();
  const cells = row.locator('td');
  const first = (await cells.nth(0).boundingBox())!;
  const second = (await cells.nth(1).boundingBox())!;
  // Stacked: the meaning sits under the message, full width, not beside it.
  expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1);
  expect(second.width).toBeGreaterThan(300);
  expect(await cells.nth(1).evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"What it means"');
  await expect(page.getByRole('table', { name: /Messages of/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!];
  expect(Math.abs(wide[0].y - wide[1].y)).toBeLessThan(2);
});

test('the home page search box suggests as you type, like the header, and Enter on a choice opens it', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Find an error/ });
  await box.fill('4009');
  const list = page
    .getByRole('listbox')
    .filter({ has: page.getByRole('option') })
    .first();
  await expect(list.getByRole('option').first()).toContainText('4009');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'home-search-results-option-0');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/videosdk\/react\/4009\/$/);
});

test.describe('codes of one SDK that compete for one failure', () => {
  const camera = atlas.concept('camera-permission-denied');
  const videosdk = atlas.membersOf(camera).filter((m) => m.code.vendor === 'videosdk');

  test('each code page says how to tell it apart, linking its rivals and the concept', async ({ page }) => {
    expect(videosdk.length).toBeGreaterThan(1);
    for (const { code, note } of videosdk.slice(0, 3)) {
      await page.goto(path(code));
      const line = page.locator(`[data-summary] [data-tell-apart="${camera.id}"]`);
      await expect(line).toContainText(plain(note!).slice(0, 40));
      for (const other of videosdk.filter((m) => m.code.id !== code.id))
        await expect(line.getByRole('link', { name: codeName(other.code, atlas.sdkOf(other.code)) })).toHaveAttribute(
          'href',
          path(other.code),
        );
      await expect(line.getByRole('link', { name: camera.name.toLowerCase() })).toHaveAttribute(
        'href',
        `/concepts/${camera.id}/`,
      );
    }
  });

  test('the concept labels the note of each rival as the way to tell them apart', async ({ page }) => {
    await page.goto(`/concepts/${camera.id}/`);
    const column = page.getByRole('region', { name: 'VideoSDK React' });
    await expect(column.locator('[data-tell-apart]')).toHaveCount(videosdk.length);
    await expect(column.locator('[data-tell-apart]').first()).toContainText('Tell apart:');
  });
});

/** axe-core finds no accessibility violation on any page type, light and dark, phone and desktop. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  vendor: '/sceenic/',
  sdk: '/videosdk/react/',
  code: '/videosdk/react/4009/',
  'code with clashing number': '/sceenic/web/1101/',
  categories: '/categories/',
  category: '/categories/permissions/',
  concepts: '/concepts/',
  concept: '/concepts/session-full/',
  numbers: '/codes/',
  number: '/codes/206/',
  search: '/search/?q=camera',
  'search, nothing found': '/search/?q=camera&sdk=Zoom+Cobrowse',
  '404': '/videosdk/react/4099/',
  compare: '/compare/',
  api: '/api/',
};

const VIEWPORTS = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } };

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test(`no axe violations on any page type (${colorScheme}, ${viewportName})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        for (const v of results.violations)
          found.push(
            `${name} (${path}): ${v.id}: ${v.help} [${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')}]`,
          );
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
}

test('the header search results are accessible while open', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Search codes/ });
  await box.focus();
  await box.pressSequentially('camera');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.press('ArrowDown');
  const results = await new AxeBuilder({ page }).include('header atlas-search').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

import type { Page } from '@playwright/test';

/** Runs a query on the search page and returns the result ids ({vendor}/{sdk}/{number}) in order. */
export async function topResults(page: Page, query: string, base = ''): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  // The list is busy while results are refined; read it once they are final.
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return (
      status !== '' &&
      status !== 'Searching…' &&
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false'
    );
  });
  return page
    .locator('#search-results li a')
    .evaluateAll((links) =>
      links.map((a) =>
        new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/(?:errors\/)?/, '').replace(/\/$/, ''),
      ),
    );
}

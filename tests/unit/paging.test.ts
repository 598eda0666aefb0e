import { describe, expect, test } from 'vitest';
import { PAGE_SIZE, laterPages, paginate } from '../../src/lib/paging';
import { urls } from '../../src/lib/urls';

describe('long lists are split into pages', () => {
  test('a short list is one page, an empty list still has its page', () => {
    expect(paginate([1, 2, 3]).map((p) => p.items)).toEqual([[1, 2, 3]]);
    expect(paginate([])).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  test('every item is on exactly one page, in order', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages).toHaveLength(3);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p) => p.count === 3 && p.items.length <= PAGE_SIZE)).toBe(true);
  });

  test('later pages get routes and URLs that cannot be a code number or a constant', () => {
    const items = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i);
    expect(laterPages(items, { id: 'x' })).toEqual([{ page: '2', props: { id: 'x', page: 2 } }]);
    expect(urls.sdk({ vendor: 'videosdk', slug: 'react' }, 2)).toBe('/videosdk/react/page-2/');
    expect(urls.sdk({ vendor: 'videosdk', slug: 'react' }, 1)).toBe('/videosdk/react/');
    expect(urls.category('permissions', 3)).toBe('/categories/permissions/page-3/');
    expect(urls.numbers(2)).toBe('/codes/page-2/');
  });
});

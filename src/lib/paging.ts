/**
 * Splitting long lists (an SDK's codes, a category, all numbers) into pages, so that list
 * pages stay light however large the catalog grows. Page 1 lives at the list's own URL,
 * page n at `page-n/` below it: a segment that is neither a code number nor a constant.
 */
export const PAGE_SIZE = 200;

/** Concepts per page of the comparison matrix, whose rows are wide. */
export const COMPARE_PAGE_SIZE = 50;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
}

/** Always at least one page, so an empty list still has its page. */
export function paginate<T>(items: T[], size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
  }));
}

/** The URL segment of page n > 1. */
export const pageSegment = (number: number) => `page-${number}`;

/** Params for the `page-[page]` routes: every page but the first. */
export function laterPages<T, P>(items: T[], props: P, size = PAGE_SIZE) {
  return paginate(items, size)
    .slice(1)
    .map((page) => ({ page: String(page.number), props: { ...props, page: page.number } }));
}

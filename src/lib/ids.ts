/** Identifiers of catalog entries, shared by the loader, the site and the API. */

/** Top-level paths the site uses itself, which a vendor key must not take. */
export const RESERVED_TOP_LEVEL_SLUGS = [
  'api',
  'categories',
  'codes',
  'compare',
  'concepts',
  'numbers',
  'search',
  'pagefind',
  '_astro',
  '404',
];

export const sdkId = (vendor: string, sdk: string) => `${vendor}/${sdk}`;

export const codeId = (vendor: string, sdk: string, number: number) => `${vendor}/${sdk}/${number}`;

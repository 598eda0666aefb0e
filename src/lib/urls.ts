/**
 * The one place that builds the site's URLs. Every link to a page of the site comes from
 * here, and every URL honours Astro's `base`, so the site works under a sub-path
 * (for example /errors/) inside a company's own portal.
 */

/** The base path, always with one leading and one trailing slash ("/" or "/errors/"). */
export function basePath(base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins path segments under the base, encoding each, with a trailing slash for pages. */
export function pagePath(...segments: (string | number)[]): string {
  const path = segments.map((s) => encodeURIComponent(String(s))).join('/');
  return path ? `${basePath()}${path}/` : basePath();
}

/** A file (not a page) under the base: no trailing slash. */
export function filePath(path: string): string {
  return `${basePath()}${path.replace(/^\/+/, '')}`;
}

import { pageSegment } from './paging';

/** Adds the segment of a later page of a list. */
const listPage = (segments: (string | number)[], page = 1) =>
  pagePath(...segments, ...(page > 1 ? [pageSegment(page)] : []));

/** A code as URLs need it: its SDK and its key (its path below the SDK, see src/lib/ids.ts). */
interface CodeLike {
  vendor: string;
  sdk: string;
  key: string;
}

const codeSegments = (code: CodeLike) => [code.vendor, code.sdk, ...code.key.split('/')];

export const urls = {
  home: () => pagePath(),
  vendor: (vendor: { id: string } | string) => pagePath(typeof vendor === 'string' ? vendor : vendor.id),
  sdk: (sdk: { vendor: string; slug: string }, page = 1) => listPage([sdk.vendor, sdk.slug], page),
  code: (code: CodeLike) => pagePath(...codeSegments(code)),
  /** A page below an SDK by its path, such as the list of codes that share a name (src/lib/ids.ts). */
  sdkPath: (sdk: { vendor: string; slug: string }, path: string) => pagePath(sdk.vendor, sdk.slug, ...path.split('/')),
  codeSection: (code: CodeLike, section: string) => `${pagePath(...codeSegments(code))}#${section}`,
  codeJson: (code: CodeLike) => filePath(`${codeSegments(code).join('/')}.json`),
  categories: () => pagePath('categories'),
  category: (category: { id: string } | string, page = 1) =>
    listPage(['categories', typeof category === 'string' ? category : category.id], page),
  concepts: () => pagePath('concepts'),
  concept: (concept: { id: string } | string) =>
    pagePath('concepts', typeof concept === 'string' ? concept : concept.id),
  numbers: (page = 1) => listPage(['codes'], page),
  number: (number: number) => pagePath('codes', number),
  /** The hub of an identifier that several SDKs use, such as NotAllowedError: /codes/not-allowed-error/. */
  identifier: (slug: string) => pagePath('codes', slug),
  search: (query?: string) => (query ? `${pagePath('search')}?q=${encodeURIComponent(query)}` : pagePath('search')),
  compare: (page = 1) => listPage(['compare'], page),
  api: () => pagePath('api'),
  apiFile: (path: string) => filePath(`api/v1/${path}`),
  asset: (path: string) => filePath(path),
};

/** Turns a site path into an absolute URL for canonical links and link previews. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

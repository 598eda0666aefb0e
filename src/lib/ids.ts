/**
 * The identity of catalog entries, owned here and asked by everything else: the loader,
 * the site's URLs, the API, search and the redirects.
 *
 * A code is identified by its SDK, its code set and its identifier. Its key is its path below
 * the SDK, and its id is `{vendor}/{sdk}/{key}`. The key is, written once:
 *   1. the code set's path segment, where the set has one (sets whose identifiers would
 *      collide with another set's);
 *   2. then the code's number where it has one, else its identifier as a slug: split at
 *      `_`, `.`, `-`, spaces and camelCase, lower-cased, joined with `-`
 *      (`NotAllowedError` → `not-allowed-error`, `conference.max_users` → `conference-max-users`).
 * So the seeded numeric codes keep their URLs (`/videosdk/react/4009/`), string codes read
 * as words (`/daily/js/meeting-full/`), and `/agora/native/connection-changed/8/` is told
 * apart from error 8 at `/agora/native/8/`.
 */

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

/** Words of an identifier: `NotAllowedError` → not allowed error, `conference.max_users` → conference max users. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** The identifier as a URL slug: `UID_CONFLICT` → `uid-conflict`. */
export function identifierSlug(identifier: string): string {
  return identifierWords(identifier).join('-');
}

/** Every spelling of one identifier gives one spelling key: any case, `_`, `-`, `.`, spaces or camelCase. */
export function spellingKey(identifier: string): string {
  return identifier.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface KeyedCode {
  number?: number;
  constant: string;
}

/** The code's path below its SDK: the set's segment, then its number or its identifier's slug. */
export function codeKey(code: KeyedCode, set: { path?: string }): string {
  const own = code.number !== undefined ? String(code.number) : identifierSlug(code.constant);
  return set.path ? `${set.path}/${own}` : own;
}

/** The id of a code: `{vendor}/{sdk}/{key}`. */
export const codeId = (vendor: string, sdk: string, key: string) => `${vendor}/${sdk}/${key}`;

/** How a code is named beside its SDK: its number, or its identifier where it has none. */
export function codeLabel(code: KeyedCode): string {
  return code.number !== undefined ? String(code.number) : code.constant;
}

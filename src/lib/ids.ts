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

/**
 * The spellings people type for a name, each a possible path below its SDK: as written,
 * SNAKE_CASE, snake_case, kebab-case, camelCase, PascalCase and all run together.
 */
export function identifierSpellings(name: string): string[] {
  const words = identifierWords(name);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [
    ...new Set([
      name,
      words.join('_').toUpperCase(),
      words.join('_'),
      words.join('-'),
      words.map((w, i) => (i === 0 ? w : cap(w))).join(''),
      words.map(cap).join(''),
      words.join(''),
    ]),
  ].filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s) && !/^-?\d+$/.test(s));
}

/** Every number a code is reported with: its own, and its numbers in other SDK versions. */
export function codeNumbers(code: { number?: number; versions?: { number: number }[] }): number[] {
  return [
    ...new Set([...(code.number !== undefined ? [code.number] : []), ...(code.versions ?? []).map((v) => v.number)]),
  ];
}

/** What the paths below one SDK need to know of a code. */
export interface PathedCode {
  id: string;
  key: string;
  number?: number;
  constant: string;
  aliases: string[];
  /** Its numbers in other SDK versions, where they changed. */
  versions?: { number: number }[];
}

/** The paths below one SDK that lead to its codes, other than the codes' own pages. */
export interface SpellingPaths {
  /** A path that leads elsewhere, to the key of the one code that claims it or to a choice. */
  redirects: Map<string, string>;
  /** A path that several codes claim, and none as its own page, at its slug: a page that lists them. */
  choices: Map<string, string[]>;
}

/**
 * Every path below one SDK that a reader may type for its codes: each spelling of each
 * identifier and alias, and the bare number of a code whose set puts a segment before it
 * (`/agora/native/8/` is error 8's own page, but a bare `109` may lead to a set's code) or
 * had in another SDK version (`/aws/chime-js/6/` for v2's `MeetingEnded`). A
 * code's own key is its page; any other path leads to the one code that claims it most
 * strongly (the name as written before a derived spelling), or, where several tie
 * (`disconnected` is a state of two state machines), to one page at the spelling's slug that
 * lists them, which its other spellings lead to.
 */
export function spellingPaths(codes: PathedCode[]): SpellingPaths {
  // Each path's claims, with their strength: a name as the vendor writes it (2) outranks a
  // spelling derived from another name (1), so `OT_NOT_CONNECTED` is the web name's even
  // though the iOS name `OTNotConnected` spells the same words.
  const claims = new Map<string, Map<string, number>>();
  const claim = (path: string, id: string, strength: number) => {
    const ids = claims.get(path) ?? new Map<string, number>();
    ids.set(id, Math.max(strength, ids.get(id) ?? 0));
    claims.set(path, ids);
  };
  const keys = new Map(codes.map((code) => [code.key, code.id]));
  const keyOf = new Map(codes.map((code) => [code.id, code.key]));
  for (const code of codes) {
    for (const name of [code.constant, ...code.aliases])
      for (const spelling of identifierSpellings(name)) claim(spelling, code.id, spelling === name ? 2 : 1);
    for (const number of codeNumbers(code)) if (code.key !== String(number)) claim(String(number), code.id, 2);
  }
  const redirects = new Map<string, string>();
  const choices = new Map<string, string[]>();
  for (const [path, claimed] of claims) {
    if (keys.has(path)) continue;
    const strongest = Math.max(...claimed.values());
    const ids = [...claimed].filter(([, strength]) => strength === strongest).map(([id]) => id);
    if (ids.length === 1) {
      redirects.set(path, keyOf.get(ids[0])!);
      continue;
    }
    const slug = /^-?\d+$/.test(path) ? path : identifierSlug(path);
    // Where the slug is one tied code's own page, that page takes the spelling; it names the other.
    const owner = keys.get(slug);
    if (owner !== undefined) {
      if (ids.includes(owner)) redirects.set(path, slug);
      continue;
    }
    choices.set(slug, [...new Set([...(choices.get(slug) ?? []), ...ids])].sort());
    if (path !== slug) redirects.set(path, slug);
  }
  for (const slug of choices.keys()) redirects.delete(slug);
  return { redirects, choices };
}

/**
 * An identifier cut into the pieces between which a line may break: after `_`, `.`, `-`
 * and `/`, and before a capital that starts a word (`NOT_ALLOWED_·ERROR`,
 * `Room·Max·Participants`). Joined, the pieces are the identifier.
 */
export function identifierBreaks(identifier: string): string[] {
  return identifier.split(/(?<=[_.\-/])(?=.)|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
}

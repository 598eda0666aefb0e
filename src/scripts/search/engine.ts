/**
 * The search, in the browser, on Pagefind's index. A query is read for exact numbers and
 * constant names (matched through Pagefind filters, so `30` never finds 300 first), for
 * hints of the SDK, and for words. Words are searched one by one with their synonyms and
 * combined, so one word that no page has never empties the results, as Pagefind's
 * all-words matching alone would.
 * Loaded only once a user starts searching.
 */
import {
  CONCEPT_FILTER,
  exactToken,
  expandWord,
  identifierKeys,
  messageHash,
  messageKeys,
  parseQuery,
  type ParsedQuery,
  type SdkHint,
} from '../../lib/search/query';
import { combineText, rankHits, type Candidate } from '../../lib/search/rank';
import { basePath } from '../../lib/urls';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string | string[]> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SdkInfo extends SdkHint {
  /** The SDK's short name, as its Pagefind filter value. */
  name: string;
  vendor: string;
}

/** Filters a user chose, by their Pagefind values (display names). */
export interface SearchFilters {
  vendor?: string;
  sdk?: string;
  category?: string;
}

export interface SearchHit {
  url: string;
  title: string;
  sdk: string;
  number: string;
  constant: string;
  summary: string;
  /** A code's page, or a concept's, which gathers the codes of every SDK for one failure. */
  kind: 'code' | 'concept';
  /** Why it matched exactly, if it did. */
  exact?: 'number' | 'constant' | 'message';
  /** The same value on each of a code's platform twins (see Atlas.twinsOf), if it has any. */
  twin?: string;
}

export interface SearchOutcome {
  query: ParsedQuery;
  hits: SearchHit[];
  /** Numbers in the query that no code has. */
  unknownNumbers: number[];
  /** Total candidates before the list was cut. */
  total: number;
}

/** How much more a concept page's text relevance counts than a code page's. */
const CONCEPT_BOOST = 1.3;

let conceptsLoading: Promise<Set<string>> | undefined;
/** The index ids of the concept pages, found once through the filter they all carry. */
function conceptIds(pagefind: Pagefind): Promise<Set<string>> {
  conceptsLoading ??= pagefind
    .search(null, { filters: { ...CONCEPT_FILTER } })
    .then((r) => new Set(r.results.map((result) => result.id)));
  return conceptsLoading;
}

/** A concept goes first when its text relevance is at least this share of the best result's. */
const CONCEPT_FIRST = 0.6;

/** A query that points at more SDKs than this (a word shared by many SDK names) names none in particular. */
const MAX_HINTED_SDKS = 2;

/** Synonyms of a word are searched only while the word itself is on fewer pages than this. */
const SYNONYMS_UP_TO_PAGES = 500;

let pagefindLoading: Promise<Pagefind> | undefined;
let hintsLoading: Promise<{ sdks: SdkInfo[]; codes: number }> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const base = basePath();
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      // Searching a reference index is quick; a worker would cost another 12 KB of script.
      noWorker: true,
      // Code pages are of similar length, and short pages are not more relevant here.
      ranking: { pageLength: 0.2, termFrequency: 0.8, termSimilarity: 2, termSaturation: 1.2 },
    });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoading;
}

/** What the search knows of the catalog: its SDKs and how many codes (pages) the index holds. */
function loadHints(): Promise<{ sdks: SdkInfo[]; codes: number }> {
  hintsLoading ??= fetch(`${basePath()}search-hints.json`).then((response) =>
    response.ok ? response.json() : { sdks: [], codes: 0 },
  );
  return hintsLoading;
}

export async function loadSdks(): Promise<SdkInfo[]> {
  return (await loadHints()).sdks;
}

/** Starts loading the index and hints, e.g. when the search box gets focus. */
export function warmUp(): void {
  void loadPagefind();
  void loadHints();
}

function pagefindFilters(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value) out[key] = value;
  return out;
}

/**
 * Searches, calling `onFirst` as soon as exact matches or pages holding every word are
 * known (a few milliseconds), before the slower word-by-word ranking settles the list.
 */
export async function search(
  input: string,
  filters: SearchFilters = {},
  limit = 20,
  onFirst?: (outcome: SearchOutcome) => void,
): Promise<SearchOutcome> {
  const [pagefind, { sdks, codes: totalPages }] = await Promise.all([loadPagefind(), loadHints()]);
  const query = parseQuery(input, sdks);
  const base = pagefindFilters(filters);
  const hinted = new Set(query.sdks.map((id) => sdks.find((sdk) => sdk.sdk === id)?.name).filter(Boolean) as string[]);
  const candidates: Candidate[] = [];
  const unknownNumbers: number[] = [];

  // Exact matches, through the tokens each code page carries (see exactToken). Pagefind
  // answers a token no page has with its nearest word, so each match is checked against
  // the page's own number or names before it counts.
  for (const number of query.numbers) {
    const response = await pagefind.search(exactToken.number(number), { filters: base });
    const matches = await confirmed(response.results, (meta) =>
      (meta.numbers ?? '').split(' ').includes(String(number)),
    );
    if (matches.length === 0) unknownNumbers.push(number);
    for (const result of matches) candidates.push({ id: result.id, exact: 'number', text: 0, result });
  }
  candidates.push(...(await nameMatches(pagefind, query.keys, base)));
  // A runtime message, pasted alone or inside a log line, finds the codes that report it.
  for (const key of messageKeys(query.raw)) {
    const hash = messageHash(key);
    const response = await pagefind.search(exactToken.message(key), { filters: base });
    const matches = await confirmed(response.results, (meta) => (meta.messages ?? '').split(' ').includes(hash));
    for (const result of matches) candidates.push({ id: result.id, exact: 'message', text: 0, result });
  }

  // Words, plus any number that matched no code exactly (Pagefind then finds it as a prefix).
  // The words of a constant that matched exactly add nothing but work.
  const constantMatched = candidates.some((candidate) => candidate.exact === 'constant');
  const words = [
    ...query.words.filter((word) => !(constantMatched && query.constantWords.includes(word))),
    ...unknownNumbers.map(String),
  ];
  if (words.length > 0) {
    const all = await pagefind.search(words.join(' '), { filters: base });
    if (onFirst && (candidates.length > 0 || all.results.length > 0)) {
      const first = [...candidates, ...combineText(all.results, [], totalPages)];
      onFirst(await outcomeOf(first, query, unknownNumbers, hinted, limit));
    }
    const perWord = await wordSearches(pagefind, words, base);
    // Concept pages are short summaries that gather every SDK's code: a concept that matches weighs a little more.
    const concepts = await conceptIds(pagefind);
    candidates.push(
      ...combineText(all.results, perWord, totalPages).map((candidate) =>
        concepts.has(candidate.id) ? { ...candidate, text: candidate.text * CONCEPT_BOOST } : candidate,
      ),
    );
    // The sentence names an SDK ("… in the co-browse"): the same words among that SDK's codes
    // alone, so its best code leads even where other SDKs' pages use the words more.
    if (hinted.size > 0 && hinted.size <= MAX_HINTED_SDKS && !base.sdk) {
      for (const name of hinted) {
        const filters = { ...base, sdk: name };
        const own = await pagefind.search(words.join(' '), { filters });
        const ownPerWord = await wordSearches(pagefind, words, filters);
        candidates.push(
          ...combineText(own.results, ownPerWord, totalPages).map((c) => ({ ...c, hinted: c.text, text: 0 })),
        );
      }
    }
  } else if (candidates.length === 0 && query.sdks.length > 0) {
    // Only an SDK was named ("zoom cobrowse"): list its codes.
    for (const name of hinted) {
      const response = await pagefind.search(null, { filters: { ...base, sdk: name } });
      for (const result of response.results) candidates.push({ id: result.id, text: 0.5, result });
    }
  } else if (candidates.length === 0 && query.raw === '' && Object.keys(base).length > 0) {
    // Filters alone ("every recording code"): list what they select.
    const response = await pagefind.search(null, { filters: base });
    for (const result of response.results) candidates.push({ id: result.id, text: 0.5, result });
  }

  return outcomeOf(candidates, query, unknownNumbers, hinted, limit);
}

/** For each word, the results of the word and of each of its synonyms. */
function wordSearches(
  pagefind: Pagefind,
  words: string[],
  filters: Record<string, string>,
): Promise<PagefindResult[][][]> {
  return Promise.all(
    words.map(async (word) => {
      const [own, ...synonyms] = expandWord(word);
      const results = [(await pagefind.search(own, { filters })).results];
      // A word already found on hundreds of pages gains little from its synonyms, which are
      // as common, and searching them is what costs time in a large index.
      if (results[0].length < SYNONYMS_UP_TO_PAGES) {
        for (const synonym of synonyms) results.push((await pagefind.search(synonym, { filters })).results);
      }
      return results;
    }),
  );
}

/** Codes whose name or a spelling of it is one of these keys (see identifierKeys). */
async function nameMatches(pagefind: Pagefind, keys: string[], filters: Record<string, string>): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const key of keys) {
    const response = await pagefind.search(exactToken.name(key), { filters });
    const matches = await confirmed(response.results, (meta) => (meta.keys ?? '').split(' ').includes(key));
    for (const result of matches) {
      // A constant's own name outranks a spelling that only shares its stem.
      const own = (await result.data()).meta.names?.split(' ').includes(key) ?? false;
      candidates.push({ id: result.id, exact: 'constant', boost: own ? 1 : 0, text: 0, result });
    }
  }
  return candidates;
}

/**
 * The codes named by a token known to be an identifier, such as the last segment of a URL,
 * in any spelling, even one that reads as an ordinary word (`failed`, `disconnected`).
 */
export async function codesNamed(token: string, limit = 12): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const candidates = await nameMatches(pagefind, identifierKeys(token), {});
  return (await outcomeOf(candidates, parseQuery(token), [], new Set(), limit)).hits;
}

/**
 * The results of an exact-token search, if the token exists. A token either exists, and
 * then every result holds it, or it does not, and Pagefind offers its nearest word instead:
 * checking the best result's metadata tells which, loading one small fragment.
 */
async function confirmed(
  results: PagefindResult[],
  check: (meta: Record<string, string>) => boolean,
): Promise<PagefindResult[]> {
  if (results.length === 0) return [];
  return check((await results[0].data()).meta) ? results : [];
}

/** Ranks candidates and loads what the top ones show. */
async function outcomeOf(
  candidates: Candidate[],
  query: ParsedQuery,
  unknownNumbers: number[],
  hinted: Set<string>,
  limit: number,
): Promise<SearchOutcome> {
  const ranked = rankHits(candidates);
  const top = ranked.slice(0, limit);
  const hits: SearchHit[] = await Promise.all(
    top.map(async (candidate) => {
      const data = await (candidate.result as PagefindResult).data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        sdk: data.meta.sdk ?? '',
        number: data.meta.number ?? '',
        constant: data.meta.constant ?? '',
        summary: data.meta.summary ?? '',
        kind: data.meta.kind === 'concept' ? 'concept' : 'code',
        exact: candidate.exact,
        twin: data.meta.twin || undefined,
      } satisfies SearchHit;
    }),
  );
  // A concept that matches about as well as the best code goes first: it names the failure
  // and lists every SDK's code for it. An exact number, name or message still leads.
  const conceptAt = hits.findIndex(
    (hit, i) => hit.kind === 'concept' && top[i].text >= CONCEPT_FIRST * (top[0]?.text ?? 0),
  );
  if (conceptAt > 0 && !hits[0].exact) hits.unshift(...hits.splice(conceptAt, 1));
  // What is only known once each hit's data is loaded, among equals: exact matches keep the
  // lead, codes of an SDK the query names come first, and a name spelled exactly as typed
  // beats another SDK's spelling of it (NOT_ALLOWED_ERROR before NotAllowedError).
  const tier = (hit: SearchHit) => (hit.exact ? 0 : 1);
  const hint = (hit: SearchHit) => (hinted.has(hit.sdk) ? 0 : 1);
  const verbatim = (hit: SearchHit) => (hit.exact && hit.constant && query.raw.includes(hit.constant) ? 0 : 1);
  // One code of one vendor on several platforms (Sceenic's 206 on Web, iOS Swift and iOS
  // Objective-C) is one answer: its first page keeps its place, and the other platforms' pages
  // come after the other SDKs' codes, so a number that SDKs share shows each SDK near the top.
  const seen = new Set<string>();
  const repeat = new Map(
    hits.map((hit) => {
      const key = hit.twin;
      const repeated = key !== undefined && seen.has(key);
      if (key !== undefined) seen.add(key);
      return [hit, repeated ? 1 : 0];
    }),
  );
  const twin = (hit: SearchHit) => repeat.get(hit) ?? 0;
  const order = new Map(hits.map((hit, i) => [hit, i]));
  hits.sort(
    (a, b) =>
      tier(a) - tier(b) ||
      hint(a) - hint(b) ||
      twin(a) - twin(b) ||
      verbatim(a) - verbatim(b) ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  return { query, hits, unknownNumbers, total: ranked.length };
}

/** The values each filter can take, with counts, for building the filter controls. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

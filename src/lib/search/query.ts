/**
 * Understanding what a user pasted or typed: error numbers, constant names in any spelling,
 * hints of which SDK reported it, and the plain words left over. Pure functions, shared by
 * the indexer (what a code page is found by) and the browser (what a query asks for).
 */
import { codeNumbers, identifierWords, spellingKey } from '../ids';

/**
 * An identifier's lower-case words (`sessionIsFull`, `SESSION_IS_FULL` → session is full) and
 * its key without case or separators: the identity rules of src/lib/ids.ts, under the names
 * search uses for them.
 */
export { identifierWords as splitIdentifier, spellingKey as identifierKey };

/** Suffixes that spellings of one constant add or drop (`SESSION_IS_FULL_ERROR_CODE` vs `sessionIsFull`). */
const KEY_SUFFIXES = ['errorcode', 'error', 'code', 'exception'];

/** The key and its stem without a conventional suffix, so both spellings meet. */
export function identifierKeys(identifier: string): string[] {
  const key = spellingKey(identifier);
  const keys = new Set([key]);
  for (const suffix of KEY_SUFFIXES) {
    if (key.endsWith(suffix) && key.length > suffix.length + 3) keys.add(key.slice(0, -suffix.length));
  }
  return [...keys];
}

/** A code as search indexes it: its number(s), its identifier and its other names. */
export interface IndexedCode {
  number?: number;
  constant: string;
  aliases?: { name: string }[];
  versions?: { number: number }[];
  messages?: { text: string }[];
}

/** Every name of a code: its identifier and its aliases. */
export const codeNames = (code: IndexedCode) => [code.constant, ...(code.aliases ?? []).map((alias) => alias.name)];

/** Every number a code is reported with (src/lib/ids.ts). */
export { codeNumbers };

/** Keys by which a code is found exactly: its constant and its aliases, in every spelling. */
export function codeKeys(code: IndexedCode): string[] {
  return [...new Set(codeNames(code).flatMap(identifierKeys))];
}

/** Words that carry no meaning for finding a code. */
export const STOP_WORDS = new Set(
  `a an the is are was were be been being am to of in on at for with by from as into onto
   my our your their his her its we i you they he she it me us them this that these those there
   and or but so if then than when while after before because just only also still even very
   can cant can't cannot could couldn't won't wont will would should shall may might must do does did doesn't don't didn't
   has have had having get gets got getting keep keeps kept
   says say said saying shows show showing see seeing seen message messages
   error errors code codes err issue problem please help why what how who which where
   app our user users thing things stuff
   someone somebody anyone anybody everyone everybody nobody noone no-one none nothing something anything everything
   else other others another all any some more most less again back now here today yesterday
   like really just suddenly randomly sometimes always never ever anymore keeps trying tried try
   hi hello thanks thank guys team customer customers customer's client's says
   doesnt didnt dont wont cant isnt wasnt arent couldnt wouldnt shouldnt
   uncaught promise domexception exception
   press pressed presses click clicked clicks tap tapped button buttons too out`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Everyday words mapped to the words the catalog uses, so "webcam" finds camera codes and
 * "jwt" finds token codes. Each word is searched together with its alternatives.
 */
export const SYNONYMS: Record<string, string[]> = {
  webcam: ['camera'],
  cam: ['camera'],
  video: ['camera'],
  mic: ['microphone'],
  audio: ['microphone'],
  sound: ['microphone'],
  jwt: ['token'],
  credential: ['token'],
  credentials: ['token'],
  auth: ['token'],
  capacity: ['full', 'limit'],
  crowded: ['full'],
  packed: ['full'],
  maximum: ['limit', 'full'],
  max: ['limit'],
  seats: ['full'],
  twice: ['duplicate', 'already'],
  double: ['duplicate'],
  duplicated: ['duplicate'],
  kicked: ['removed', 'disconnected'],
  booted: ['removed'],
  dropped: ['disconnected', 'stopped'],
  blocked: ['denied', 'permission'],
  refused: ['denied'],
  rejected: ['denied', 'refused'],
  allow: ['permission'],
  allowed: ['permission'],
  access: ['permission'],
  stale: ['expired'],
  old: ['expired'],
  outdated: ['expired'],
  livestream: ['livestream', 'rtmp'],
  broadcast: ['livestream'],
  streaming: ['livestream', 'stream'],
  cut: ['stopped', 'ended'],
  died: ['stopped', 'ended'],
  ended: ['stopped', 'ended'],
  offline: ['network', 'connection'],
  internet: ['network', 'connection'],
  wifi: ['network', 'connection'],
  firewall: ['network', 'connection'],
  passcode: ['pin'],
  screenshare: ['screen'],
  sharing: ['screen', 'share'],
  mac: ['macos', 'operating'],
  macbook: ['macos', 'operating'],
  windows: ['operating'],
  os: ['operating'],
  settings: ['settings', 'system'],
  room: ['session', 'meeting'],
  meeting: ['meeting', 'session'],
  call: ['meeting', 'session'],
  party: ['session', 'room'],
  agent: ['agent'],
  customer: ['customer'],
  trial: ['credits', 'trial'],
  billing: ['account', 'credits'],
  suspended: ['deactivated'],
  disabled: ['deactivated'],
  banned: ['deactivated'],
  record: ['recording'],
  recorder: ['recording'],
  hls: ['hls'],
  unknown: ['internal', 'unknown'],
  server: ['server', 'internal'],
  crash: ['internal'],
  busy: ['use'],
  thrown: ['removed', 'disconnected', 'leaving'],
  logged: ['removed', 'disconnected'],
  phone: ['device'],
  laptop: ['device'],
  tablet: ['device'],
  computer: ['device'],
  desktop: ['device'],
  killed: ['closed'],
  quit: ['closed'],
  crashed: ['closed'],
  closes: ['closed'],
  nickname: ['name'],
  username: ['name'],
  displayname: ['name'],
  login: ['name', 'user'],
};

/** A hint in the query of which SDK reported the error: a listener, type or vendor name. */
export interface SdkHint {
  /** SDK id, `{vendor}/{sdk}`. */
  sdk: string;
  /** Lower-case words or identifiers that point at it. */
  terms: string[];
}

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Integers that may be error codes, in the order they appear. */
  numbers: number[];
  /** Exact-match keys of identifiers in the query (see identifierKeys). */
  keys: string[];
  /** SDK ids the query points at, strongest first. */
  sdks: string[];
  /** Meaningful words left for full-text search. */
  words: string[];
  /** Those of `words` that come only from splitting a constant; not needed once it matched exactly. */
  constantWords: string[];
}

// A number, unless it counts something ("after 2 hours", "3 people", "50%"): those are not codes.
const NUMBER =
  /(?<![\p{L}\p{N}_.])-?\d{1,7}(?![\p{L}\p{N}_]|\.\d|\s*(?:%|(?:ms|millis|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|times|people|persons|users|participants|tabs|devices|mb|gb|kbps|mbps|fps)\b))/giu;
// Constants (SNAKE_CASE, camelCase, PascalCase, CAPS), and string codes written with dots or
// hyphens (`conference.max_users`, `meeting-full`, `gum.permission_denied`).
const IDENTIFIER =
  /[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[A-Z]{2,}[A-Z0-9]*/g;

/** Counts such as "6th" or "2nd": never what a code is about. */
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/** Whether an identifier looks like a constant or enum name rather than an ordinary word. */
function looksLikeConstant(token: string): boolean {
  return (
    token.length >= 5 &&
    (/_/.test(token) ||
      /[a-z][A-Z]/.test(token) ||
      /^[A-Z0-9]{5,}$/.test(token) ||
      /^[a-z]+(?:[.-][a-z]+)+$/i.test(token))
  );
}

/** Reads a query: numbers, constant keys, SDK hints and the words left for full text. */
export function parseQuery(input: string, hints: SdkHint[] = []): ParsedQuery {
  const raw = input.trim().slice(0, 500);
  const numbers = [...new Set([...raw.matchAll(NUMBER)].map((m) => Number(m[0])))].filter(Number.isSafeInteger);

  // A dotted path names a code whole (`conference.connectionError.membersOnly`) or ends in one
  // (`MeetingSessionStatusCode.AudioCallAtCapacity`): both are tried.
  const identifiers = [...raw.matchAll(IDENTIFIER)].flatMap((m) => [
    m[0],
    ...(m[0].includes('.') ? m[0].split('.').filter((part) => /[A-Z_]/.test(part)) : []),
  ]);
  const keys = [...new Set(identifiers.filter(looksLikeConstant).flatMap(identifierKeys))];

  const lowered = raw.toLowerCase();
  const tokens = new Set([
    ...lowered.split(/[^a-z0-9_-]+/).filter(Boolean),
    ...identifiers.map((id) => id.toLowerCase()),
    ...identifiers.map(spellingKey),
  ]);
  const scored = hints
    .map((hint) => ({
      sdk: hint.sdk,
      score: hint.terms.filter((term) => tokens.has(term) || (term.includes(' ') && lowered.includes(term))).length,
    }))
    .filter((hint) => hint.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const sdks = scored.filter((hint) => hint.score === best).map((hint) => hint.sdk);
  const hintTerms = new Set(hints.flatMap((hint) => hint.terms));

  const meaningful = (word: string) =>
    word.length > 1 && !STOP_WORDS.has(word) && !hintTerms.has(word) && !ORDINAL.test(word) && !/^\d+$/.test(word);
  const tokens2 = raw.replace(NUMBER, ' ').split(/[^\p{L}\p{N}_'-]+/u);
  const clean = (word: string) => word.replace(/^['-]+|['-]+$/g, '');
  const plain = tokens2
    .filter((token) => !looksLikeConstant(token))
    .map((token) => clean(token.toLowerCase()))
    .filter(meaningful);
  const fromConstants = tokens2.filter(looksLikeConstant).flatMap(identifierWords).map(clean).filter(meaningful);
  const words = [...new Set([...plain, ...fromConstants])];
  const constantWords = [...new Set(fromConstants.filter((word) => !plain.includes(word)))];

  return { raw, numbers, keys, sdks, words, constantWords };
}

/** A word and the catalog's words for the same thing. */
export function expandWord(word: string): string[] {
  return [...new Set([word, ...(SYNONYMS[word] ?? [])])];
}

/** Words of SDK names that many SDKs could use: never taken as naming one. */
const GENERIC_NAME_WORDS = new Set([
  'sdk',
  'sdks',
  'adapter',
  'used',
  'client',
  'library',
  'api',
  'platforms',
  'frameworks',
]);

/** Search hints for an SDK, from what the catalog knows of it. */
export function sdkHintTerms(
  sdk: { vendor: string; receive: { api: string }; shortName: string; name?: string },
  vendorName: string,
): string[] {
  const apiIdentifiers = [...sdk.receive.api.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)]
    .map((m) => m[0])
    .filter((id) => looksLikeConstant(id) || /error/i.test(id));
  const terms = new Set<string>([
    sdk.vendor,
    spellingKey(vendorName),
    ...apiIdentifiers.map((id) => id.toLowerCase()),
    ...apiIdentifiers.map(spellingKey),
  ]);
  // Words shared by SDKs of one vendor (the vendor's name) point at all of them; platform words refine.
  // The product's own name ("Watch Together") points at its SDKs too.
  // Ordinary words of a name ("used by", "client", "library") say nothing of which SDK is meant.
  for (const word of `${sdk.shortName} ${sdk.name ?? ''}`.toLowerCase().split(/[^a-z0-9-]+/))
    if (word.length > 2 && !STOP_WORDS.has(word) && !GENERIC_NAME_WORDS.has(word)) terms.add(word);
  return [...terms].filter((term) => term.length > 1);
}

/**
 * Exact-match tokens, indexed as words on each code page: `xn4009zz` for its number
 * (`xnm1zz` for -1), `xc<key>zz` once for each key of its names (see identifierKeys), and
 * `xm<hash>zz` for each of its messages. A query is normalised to the same keys, so one token
 * per spelling key serves every way of writing the name. They are letters and digits only, so
 * Pagefind keeps each whole; it prefix-matches words, and the closing `zz` (never part of a
 * number) makes a number token match only itself, so `30` never finds 300. They all sort
 * together, in the last chunk or two of the word index, so an exact look-up loads little.
 */
export const exactToken = {
  number: (number: number) => `xn${String(number).replace('-', 'm')}zz`,
  name: (key: string) => `xc${key}zz`,
  message: (key: string) => `xm${messageHash(key)}zz`,
};

/**
 * The Pagefind filter every concept page carries, so that search knows concept pages without
 * loading them. A filter costs one small filter file; a word would cost the index chunk of its
 * word range.
 */
export const CONCEPT_FILTER = { kind: 'concept' } as const;

/** A runtime message, or a piece of one, reduced to its words: case, punctuation and spacing do not count. */
export function messageKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A short, stable hash of a message key (cyrb53, in base 36), so that a message of any length is one token. */
export function messageHash(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The keys under which a text may be a whole runtime message: the text, and each piece of it
 * between colons, quotes, pipes, brackets and line breaks, of two words and ten letters or
 * more. Messages are indexed this way and queries are read this way, so a pasted log line
 * ("AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key or token timeout") finds the code
 * whose message it quotes, and a message pasted alone finds it too.
 */
export function messageKeys(text: string): string[] {
  const pieces = [text, ...text.split(/[:"'`|\n\[\](){}]+/)];
  return [
    ...new Set(pieces.map(messageKey).filter((key) => key.length >= 10 && key.includes(' ') && !/^[\d ]+$/.test(key))),
  ].slice(0, 12);
}

/** The exact-match tokens of a code, for its page. */
export function codeTokens(code: IndexedCode): string[] {
  return [
    ...codeNumbers(code).map(exactToken.number),
    ...codeKeys(code).map(exactToken.name),
    ...codeMessageKeys(code).map(exactToken.message),
  ];
}

/** The message keys of a code's runtime messages (see messageKeys). */
export function codeMessageKeys(code: IndexedCode): string[] {
  return [...new Set((code.messages ?? []).flatMap((message) => messageKeys(message.text)))];
}

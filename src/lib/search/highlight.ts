/**
 * Which words of a result's text the query matched, so the results can mark them. Pagefind
 * matches word stems and prefixes; this follows the same idea closely enough for a reader to
 * see why a result came up: "blocked" marks "blocks", "join" marks "joining".
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SUFFIXES = ['ing', 'ed', 'es', 's', 'ly'];

/** A word without case and a common English ending, kept at three letters or more. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’].*$/, '');
  for (const suffix of SUFFIXES)
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
  return lower;
}

/** Whether a word of the text answers a term of the query. */
function answers(word: string, terms: string[]): boolean {
  const w = stem(word);
  return terms.some((term) => w === term || (term.length >= 4 && w.startsWith(term)));
}

/** The text cut into pieces, each marked if it is a word the query matched. */
export function markMatches(text: string, queryWords: string[]): { text: string; match: boolean }[] {
  const terms = [...new Set(queryWords.map(stem).filter((term) => term.length >= 2))];
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    if (!answers(found[0], terms)) continue;
    if (found.index > at) pieces.push({ text: text.slice(at, found.index), match: false });
    pieces.push({ text: found[0], match: true });
    at = found.index + found[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

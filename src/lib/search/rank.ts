/**
 * Ranking search candidates: exact matches of a number or a constant first, then pages by
 * how many of the query's words they contain and how well. Pure, so it is unit-tested.
 */

/** A page that a search returned, with what we know of why. */
export interface Candidate {
  /** The page's id in the index. */
  id: string;
  /** Set when the page matched a number or a constant exactly. */
  exact?: 'number' | 'constant' | 'message';
  /** Extra weight of an exact match: the constant's own name beats a shortened spelling of it. */
  boost?: number;
  /** Text relevance, 0 (none) and up. */
  text: number;
  /** Text relevance among the codes of an SDK the query names, when it is one of them. */
  hinted?: number;
  /** The index's own result object, passed through. */
  result: unknown;
}

interface Scored {
  id: string;
  score: number;
}

/** Weight of a synonym's match relative to the word the user typed. */
const SYNONYM_WEIGHT = 0.8;
/** Below this many pages, a word counts as no rarer. */
const MIN_PAGES_FOR_RARITY = 2;
/** Bonus for pages that contain every word of the query. */
const ALL_WORDS_BONUS = 0.5;

function normalised<T extends Scored>(results: T[]): Map<string, { score: number; result: T }> {
  const max = Math.max(0, ...results.map((r) => r.score));
  return new Map(results.map((r) => [r.id, { score: max > 0 ? r.score / max : 0, result: r }]));
}

/**
 * Combines one search per word (each with its synonyms) into one list. A page's relevance
 * is the weighted share of the query's words it matches: each word weighs by how rare it
 * is (a word found on few pages, like "capacity", tells more than one found on most, like
 * "call"), and a word no page has is left out instead of emptying the results. Pages that
 * match all words at once get a bonus.
 * @param all results of the search for all words together
 * @param perWord for each word, the results of the word and of each of its synonyms
 * @param totalPages how many pages the index holds
 */
export function combineText<T extends Scored>(all: T[], perWord: T[][][], totalPages: number): Candidate[] {
  const totals = new Map<string, { text: number; result: T }>();
  const words = perWord.map((alternatives) => {
    const best = new Map<string, { score: number; result: T }>();
    alternatives.forEach((results, i) => {
      const weight = i === 0 ? 1 : SYNONYM_WEIGHT;
      for (const [id, { score, result }] of normalised(results)) {
        const current = best.get(id);
        if (!current || score * weight > current.score) best.set(id, { score: score * weight, result });
      }
    });
    // A word on one or two pages is as often a stray word as a telling one: below a few
    // pages, rarity stops adding weight.
    const rarity =
      best.size > 0 ? Math.log(1 + Math.max(totalPages, best.size) / Math.max(best.size, MIN_PAGES_FOR_RARITY)) : 0;
    return { best, rarity };
  });
  const totalRarity = words.reduce((sum, word) => sum + word.rarity, 0) || 1;
  for (const { best, rarity } of words) {
    for (const [id, { score, result }] of best) {
      const total = totals.get(id) ?? { text: 0, result };
      total.text += (score * rarity) / totalRarity;
      totals.set(id, total);
    }
  }
  for (const [id, { score, result }] of normalised(all)) {
    const total = totals.get(id) ?? { text: 0, result };
    total.text += ALL_WORDS_BONUS * score;
    totals.set(id, total);
  }
  return [...totals].map(([id, { text, result }]) => ({ id, text, result }));
}

/** Text-only matches weaker than this share of the best one are noise, and are dropped. */
export const RELEVANCE_CUTOFF = 0.3;

/** Weight of one exact match (a number or a constant) against text relevance, which stays below 2 (4 for a named SDK's code). */
const EXACT_WEIGHT = 10;

/**
 * Merges candidates found several ways into one list, best first: pages matching more
 * exact terms first, then by text relevance. Text-only matches far below the best are dropped.
 */
export function rankHits(candidates: Candidate[]): Candidate[] {
  const merged = new Map<string, Candidate & { exactScore: number }>();
  for (const candidate of candidates) {
    const current = merged.get(candidate.id) ?? {
      ...candidate,
      text: 0,
      exact: undefined,
      boost: 0,
      hinted: undefined,
      exactScore: 0,
    };
    current.text += candidate.text;
    if (candidate.hinted !== undefined) current.hinted = Math.max(current.hinted ?? 0, candidate.hinted);
    if (candidate.exact) {
      current.exactScore += EXACT_WEIGHT + (candidate.boost ?? 0);
      current.exact ??= candidate.exact;
    }
    merged.set(candidate.id, current);
  }
  const best = Math.max(0, ...[...merged.values()].map((c) => c.text));
  const bestHinted = Math.max(0, ...[...merged.values()].map((c) => c.hinted ?? 0));
  // A code of the SDK the query names, relevant among that SDK's codes, goes before every
  // other text match: the query said where the error came from.
  const hintedWell = (c: Candidate) => bestHinted > 0 && (c.hinted ?? 0) >= bestHinted * RELEVANCE_CUTOFF;
  return [...merged.values()]
    .filter((c) => c.exactScore > 0 || hintedWell(c) || c.text >= best * RELEVANCE_CUTOFF)
    .map((candidate) => ({
      candidate,
      score: candidate.exactScore + (hintedWell(candidate) ? 2 + (candidate.hinted ?? 0) : candidate.text),
    }))
    .sort((a, b) => b.score - a.score)
    .map(({ candidate: { exactScore: _, ...candidate } }) => candidate);
}

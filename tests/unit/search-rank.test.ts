import { describe, expect, test } from 'vitest';
import { combineText, rankHits, type Candidate } from '../../src/lib/search/rank';

const r = (id: string, score: number) => ({ id, score });

describe('combining word searches', () => {
  test('a word that no page has does not empty the results', () => {
    const combined = combineText([], [[[r('a', 2), r('b', 1)]], [[]]], 100);
    expect(combined.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  test('a page matching more of the words ranks higher', () => {
    const combined = rankHits(combineText([], [[[r('a', 1), r('b', 1)]], [[r('b', 1)]]], 100));
    expect(combined[0].id).toBe('b');
  });

  test('a rare word weighs more than a common one', () => {
    const common = Array.from({ length: 50 }, (_, i) => r(`p${i}`, 1));
    const combined = rankHits(combineText([], [[common], [[r('rare', 1)]]], 100));
    expect(combined[0].id).toBe('rare');
  });

  test('a synonym counts, less than the word typed', () => {
    const combined = rankHits(combineText([], [[[r('typed', 1)], [r('synonym', 1)]]], 100));
    expect(combined.map((c) => c.id)).toEqual(['typed', 'synonym']);
  });
});

describe('ranking', () => {
  test('an exact number match beats any text match', () => {
    const candidates: Candidate[] = [
      { id: 'text', text: 1.9, result: null },
      { id: 'exact', exact: 'number', text: 0, result: null },
    ];
    expect(rankHits(candidates).map((c) => c.id)).toEqual(['exact', 'text']);
  });

  test("a constant's own name beats a shortened spelling of it", () => {
    const candidates: Candidate[] = [
      { id: 'stem', exact: 'constant', boost: 0, text: 0, result: null },
      { id: 'own', exact: 'constant', boost: 1, text: 0, result: null },
    ];
    expect(rankHits(candidates).map((c) => c.id)).toEqual(['own', 'stem']);
  });

  test('text matches far below the best are dropped as noise', () => {
    const candidates: Candidate[] = [
      { id: 'good', text: 1, result: null },
      { id: 'noise', text: 0.05, result: null },
    ];
    expect(rankHits(candidates).map((c) => c.id)).toEqual(['good']);
  });
});

import { describe, expect, test } from 'vitest';
import { inverse, pairRelation } from '../../src/lib/relations';
import { RELATIONS, type Relation } from '../../src/schemas';

describe('the relation between two codes of one concept', () => {
  const expected: Record<Relation, Record<Relation, Relation>> = {
    same: { same: 'same', narrower: 'narrower', broader: 'broader', related: 'related' },
    narrower: { same: 'broader', narrower: 'related', broader: 'broader', related: 'related' },
    broader: { same: 'narrower', narrower: 'narrower', broader: 'related', related: 'related' },
    related: { same: 'related', narrower: 'related', broader: 'related', related: 'related' },
  };

  for (const a of RELATIONS)
    for (const b of RELATIONS)
      test(`A ${a} the concept, B ${b} it: B is ${expected[a][b]}, seen from A`, () => {
        expect(pairRelation(a, b)).toBe(expected[a][b]);
      });

  test('for every combination, A as seen from B is the inverse of B as seen from A', () => {
    for (const a of RELATIONS) for (const b of RELATIONS) expect(pairRelation(b, a)).toBe(inverse(pairRelation(a, b)));
  });
});

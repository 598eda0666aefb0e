/**
 * How two codes relate, derived from how each relates to a concept they share. A concept
 * lists each member once with its relation to the concept (C); the relation of B as seen
 * from A follows from one rule, so the two pages of a pair always agree: A's label for B is
 * the inverse of B's label for A.
 *
 * | A to C   | B to C   | B, seen from A | why                                        |
 * | -------- | -------- | -------------- | ------------------------------------------ |
 * | same     | same     | same           | both mean exactly C                        |
 * | same     | narrower | narrower       | B covers part of C, which is A             |
 * | same     | broader  | broader        | B covers C, which is A, and more           |
 * | narrower | same     | broader        | B is all of C, of which A is part          |
 * | broader  | same     | narrower       | B is C, which is only part of A            |
 * | narrower | broader  | broader        | A ⊂ C ⊂ B                                  |
 * | broader  | narrower | narrower       | B ⊂ C ⊂ A                                  |
 * | narrower | narrower | related        | two parts of C: they may or may not overlap |
 * | broader  | broader  | related        | both cover C and more: they overlap         |
 * | related  | any      | related        | a confusable neighbour stays a neighbour    |
 * | any      | related  | related        |                                            |
 */
import type { Relation } from '../schemas';

export function pairRelation(a: Relation, b: Relation): Relation {
  if (a === 'related' || b === 'related') return 'related';
  if (a === 'same') return b;
  if (b === 'same') return inverse(a);
  if (a === b) return 'related';
  // One narrower, one broader: B's side decides.
  return b;
}

/** The relation seen from the other side: narrower and broader swap. */
export function inverse(relation: Relation): Relation {
  return relation === 'narrower' ? 'broader' : relation === 'broader' ? 'narrower' : relation;
}

/** Closest first: when two codes share several concepts, the closest relation is theirs. */
export const RELATION_RANK: Record<Relation, number> = { same: 0, narrower: 1, broader: 1, related: 2 };

import { z } from 'astro/zod';
import { prose } from './common';
import { codeRef } from './code';

/**
 * How close a member code is to the concept.
 * - same: means exactly this.
 * - narrower: covers only part of it (one case, one role, one platform layer).
 * - broader: covers this and other failures too (a catch-all code).
 * - related: a different failure that is easily confused with it or leads to it.
 */
export const RELATIONS = ['same', 'narrower', 'broader', 'related'] as const;
export type Relation = (typeof RELATIONS)[number];

export const conceptMemberSchema = z.strictObject({
  /** The member code. */
  code: codeRef,
  /** How close the code is to the concept. */
  relation: z.enum(RELATIONS),
  /** Why, where the relation is not `same` or needs a word. */
  note: prose.optional(),
});

/** A cross-vendor equivalence group, finer than a category. Keyed by URL slug in `content/concepts.yaml`. */
export const conceptSchema = z.strictObject({
  /** Display name, e.g. "Session is full". */
  name: prose,
  /** What the concept means, in our words. */
  description: prose,
  /** Whether the concept is featured on the home page. */
  featured: z.boolean().default(false),
  /** The member codes, each declared once; reverse links are derived. */
  members: z.array(conceptMemberSchema).min(2, 'a concept groups at least two codes'),
});

export type Concept = z.infer<typeof conceptSchema>;
export type ConceptMember = z.infer<typeof conceptMemberSchema>;

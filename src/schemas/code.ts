import { z } from 'astro/zod';
import { prose, slug } from './common';

/** Who has to act to resolve a code. */
export const ACTORS = ['end-user', 'app-developer', 'backend', 'vendor'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Whether retrying can help.
 * - yes: the failure is transient; retrying the same call may succeed.
 * - after-delay: it can succeed later, once something elsewhere changes (someone leaves, a job finishes).
 * - after-fix: only once the cause is fixed; retrying unchanged fails again.
 */
export const RETRY = ['yes', 'after-delay', 'after-fix'] as const;
export type Retry = (typeof RETRY)[number];

/** One error code of one SDK. Listed in `content/codes/{vendor}/{sdk}.yaml`. */
export const codeSchema = z.strictObject({
  /** The number the SDK reports; may be negative (Sceenic `-1`). */
  number: z
    .number({ error: 'expected a whole number such as 4009 or -1' })
    .int('expected a whole number such as 4009 or -1'),
  /** The constant or enum name exactly as the vendor spells it, typos included. */
  constant: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected an identifier such as SESSION_IS_FULL_ERROR_CODE'),
  /** Id of one of the SDK's groups (`groups` in sdks.yaml). */
  group: slug,
  /** Key of the category in categories.yaml. */
  category: slug,
  /** Runtime message strings, verbatim, where the vendor documents them. */
  messages: z.array(prose).default([]),
  /** One sentence: what happened. */
  summary: prose.max(160, 'keep the summary to one sentence of at most 160 characters'),
  /** What the code means, where it is raised, what state things are in. */
  description: prose,
  /** Likely causes, most common first. */
  causes: z.array(prose).min(1, 'list at least one likely cause'),
  /** Concrete steps to fix it, in the order to try them. */
  fix: z.array(prose).min(1, 'list at least one step to fix it'),
  /** How a user or support agent would describe the problem. */
  symptoms: z.array(prose).min(1, "list at least one symptom in a user's words"),
  /** Who has to act; the first is the main one. */
  actors: z.array(z.enum(ACTORS)).min(1, 'name at least one actor'),
  /** Whether retrying can help. */
  retry: z.enum(RETRY),
  /** Why retrying does or does not help, in one sentence. */
  retryNote: prose,
  /** Where the source is empty, ambiguous or contradictory, or the number means something else elsewhere. */
  notes: z.array(prose).default([]),
  /** A reply a support agent can send an end user, in plain words. */
  userReply: prose,
  /** Other spellings people type, such as a corrected typo. */
  aliases: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected an identifier')).default([]),
});

export type CodeData = z.infer<typeof codeSchema>;

/** A code as stored in the collection: its data plus where it belongs. */
export const codeEntrySchema = codeSchema.extend({
  /** Key of the vendor. */
  vendor: slug,
  /** Slug of the SDK within the vendor. */
  sdk: slug,
  /** Position of the code in the vendor's table (0 first), which lists keep. */
  position: z.number().int().nonnegative(),
  /** The catalog file that holds the entry, relative to the project, for "Edit this page". */
  file: z.string(),
  /** The line of that file where the entry starts. */
  line: z.number().int().positive(),
});

export type CodeEntry = z.infer<typeof codeEntrySchema>;

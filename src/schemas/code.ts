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

/**
 * A vendor's name for a code, exactly as spelled: a constant or enum member
 * (`SESSION_IS_FULL_ERROR_CODE`), a string code (`meeting-full`, `conference.max_users`), an
 * exception or class name (`NotAllowedError`), or a state or reason text (`failed`,
 * `kicked by host`).
 */
export const identifier = z
  .string()
  .max(120, 'keep an identifier under 120 characters')
  .regex(
    /^[A-Za-z0-9](?:[A-Za-z0-9_.:\- ]*[A-Za-z0-9_])?$/,
    'expected an identifier such as SESSION_IS_FULL, meeting-full or NotAllowedError',
  );

/**
 * A reference to a code: `{vendor}/{sdk}/{key}`, where the key is the code's path below its
 * SDK (see codeKey in src/lib/ids.ts): its number, or its identifier as a slug, after its
 * code set's path segment where the set has one. E.g. `videosdk/react/4009`,
 * `sceenic/ios-swift/-1`, `web/media-capture/not-allowed-error`, `agora/native/connection-changed/8`.
 */
export const codeRef = z
  .string()
  .regex(
    /^[a-z0-9-]+\/[a-z0-9-]+(?:\/[a-z0-9-]+)?\/(?:-?\d+|[a-z0-9]+(?:-[a-z0-9]+)*)$/,
    'expected a code reference like videosdk/react/4009 or web/media-capture/not-allowed-error',
  );

/** A runtime message, verbatim; as an object where it needs its own meaning and action. */
const messageSchema = z
  .union([
    prose,
    z.strictObject({
      /** The message, verbatim. */
      text: prose,
      /** The browser, platform or SDK version that emits this text, where it matters. */
      where: prose.optional(),
      /** What this message means, in our words, where it differs from the code's other messages. */
      meaning: prose.optional(),
      /** What to do about it, in our words. */
      action: prose.optional(),
    }),
  ])
  .transform((message) => (typeof message === 'string' ? { text: message } : message))
  .refine((message) => !message.meaning === !message.action, 'give a message both a meaning and an action, or neither');

/** Another name of the code, as a string or with where it is used. */
const aliasSchema = z
  .union([
    identifier,
    z.strictObject({
      /** The name, exactly as spelled. */
      name: identifier,
      /** The platform or language that uses this spelling: iOS, Android, React Native, ... */
      platform: prose.optional(),
      /** True for an older name, kept because logs still show it. */
      legacy: z.boolean().optional(),
    }),
  ])
  .transform((alias) => (typeof alias === 'string' ? { name: alias } : alias));

/** One code of one SDK. Listed in `content/codes/{vendor}/{sdk}.yaml`. */
export const codeSchema = z.strictObject({
  /** The number the SDK reports, where its identifier is a number; may be negative (Sceenic `-1`). */
  number: z
    .number({ error: 'expected a whole number such as 4009 or -1' })
    .int('expected a whole number such as 4009 or -1')
    .optional(),
  /** The vendor's name for the code, exactly as spelled, typos included; the identifier itself for string codes. */
  constant: identifier,
  /** Id of the SDK's code set the code belongs to (`codeSets` in sdks.yaml); may be left out when the SDK has one set. */
  set: slug.optional(),
  /** Id of one of the SDK's groups (`groups` in sdks.yaml). */
  group: slug,
  /** Key of the category in categories.yaml. */
  category: slug,
  /** Runtime message strings, verbatim, where the vendor documents them; objects where each message means something else. */
  messages: z.array(messageSchema).default([]),
  /** Values of a field carried with the code that change what it means and what to do (Zoom 6010's reason, Daily's `blockedBy`). */
  subReasons: z
    .array(
      z.strictObject({
        /** The field as the SDK spells it: `reason`, `blockedBy`, ... */
        field: prose,
        /** Its value, verbatim. */
        value: prose,
        /** A short label, where the value is a bare number. */
        name: prose.optional(),
        /** What this value means, in our words. */
        meaning: prose,
        /** What to do about it, in our words. */
        action: prose,
      }),
    )
    .default([]),
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
  /** Other names: per-platform spellings, legacy names, a corrected typo. */
  aliases: z.array(aliasSchema).default([]),
  /** The code's number in each SDK version, where it changed between versions (Amazon Chime `MeetingEnded`: 6 in v2, 5 in v3). */
  versions: z
    .array(
      z.strictObject({
        /** The version or range, e.g. "v2", "3.x". */
        version: prose,
        /** The number in that version. */
        number: z.number().int(),
      }),
    )
    .default([]),
  /** Set when the vendor has retired the code; its page stays, as a tombstone pointing to what replaced it. */
  deprecated: z
    .strictObject({
      /** The version that deprecated it, where known. */
      since: prose.optional(),
      /** What changed and what to use now, in our words. */
      note: prose,
      /** The codes that replace it. */
      replacedBy: z.array(codeRef).default([]),
    })
    .optional(),
  /** Codes of the same SDK that readers confuse with this one, each with how to tell them apart; linked both ways. */
  related: z
    .array(
      z.strictObject({
        /** The other code. */
        code: codeRef,
        /** How to tell the two apart, in one sentence. */
        note: prose,
      }),
    )
    .default([]),
});

export type CodeData = z.infer<typeof codeSchema>;
export type CodeMessage = CodeData['messages'][number];
export type CodeAlias = CodeData['aliases'][number];

/** A code as stored in the collection: its data plus where it belongs. */
export const codeEntrySchema = codeSchema.extend({
  /** Key of the vendor. */
  vendor: slug,
  /** Slug of the SDK within the vendor. */
  sdk: slug,
  /** The code set it belongs to, resolved. */
  set: slug,
  /** Its path below the SDK's URL, and the last part of its id (see codeKey in src/lib/ids.ts). */
  key: z.string(),
  /** Position of the code in the vendor's table (0 first), which lists keep. */
  position: z.number().int().nonnegative(),
  /** The catalog file that holds the entry, relative to the project, for "Edit this page". */
  file: z.string(),
  /** The line of that file where the entry starts. */
  line: z.number().int().positive(),
});

export type CodeEntry = z.infer<typeof codeEntrySchema>;

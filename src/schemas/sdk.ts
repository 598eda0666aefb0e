import { z } from 'astro/zod';
import { httpUrl, isoDate, prose, slug } from './common';

/** One of the vendor's own sections of its error table. */
export const sdkGroupSchema = z.strictObject({
  /** Identifier that codes use in their `group` field. */
  id: slug,
  /** The section's heading as the vendor writes it. */
  name: prose,
  /** The `id` of that section on the vendor's page, for a deep link, where it has one. */
  anchor: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'expected an HTML id without the #')
    .optional(),
  /** How this grouping relates to the vendor page, where that needs saying. */
  note: prose.optional(),
});

/** Languages of handling examples: highlighted at build time and checked for syntax by a test. */
export const HANDLING_LANGUAGES = [
  'javascript',
  'jsx',
  'typescript',
  'tsx',
  'swift',
  'objective-c',
  'kotlin',
  'java',
  'dart',
  'cpp',
  'csharp',
] as const;

/**
 * How an app branches on one code, as a template that every code of the SDK (or of one code
 * set) fills in: `{{value}}` the code as the app compares it (its number, or its identifier
 * as a string literal), `{{constant}}` its identifier, `{{label}}` its number or identifier,
 * `{{reply}}` a string literal with the first sentence of its reply to the end user.
 */
export const handlingSchema = z
  .strictObject({
    /** The language of the template. */
    language: z.enum(HANDLING_LANGUAGES),
    /** The code, our own, with the placeholders. */
    template: prose,
  })
  .refine((h) => h.template.includes('{{value}}'), {
    message: 'the template must compare the code: use {{value}}',
    path: ['template'],
  });

/**
 * One of an SDK's code sets, named as the vendor names it: an enum, an event, an exception
 * class, a reason type. A code's identity is its set and its identifier.
 */
export const codeSetSchema = z.strictObject({
  /** Identifier that codes use in their `set` field. */
  id: slug,
  /** The vendor's name for it: `ErrorCodeType`, `ConnectionChangedReasonType`, `DOMException names`. */
  name: prose,
  /**
   * A URL segment put before the codes' identifiers, for a set whose identifiers would
   * collide with another set's (`/agora/native/connection-changed/8/`). Left out, the set's
   * codes sit directly below the SDK.
   */
  path: slug.optional(),
  /** How an app receives codes of this set, in our words, where the SDK's `receive` does not say. */
  description: prose.optional(),
  /** How an app branches on a code of this set, where it differs from the SDK's `handling`. */
  handling: handlingSchema.optional(),
});

/**
 * What kind of SDK it is, for grouping on the home page and in the compare matrix:
 * a platform for video calls, the browser's own APIs, or an SDK embedded into an app for one
 * shared experience (watching together, co-browsing).
 */
export const SDK_KINDS = ['video-call', 'browser', 'embedded'] as const;
export type SdkKind = (typeof SDK_KINDS)[number];

/** An SDK: one vendor documentation page of error codes. Listed in `content/sdks.yaml`. */
export const sdkSchema = z.strictObject({
  /** Key of the vendor in `vendors.yaml`. */
  vendor: slug,
  /** URL slug below the vendor: /{vendor}/{slug}/. */
  slug,
  /** Full name, e.g. "Watch Together SDK for iOS (Swift)". */
  name: prose,
  /** Short name with the vendor, used in tables and results, e.g. "Sceenic iOS Swift". */
  shortName: prose,
  /** Where it runs: Web, iOS, Android, ... */
  platform: prose,
  /** What kind of SDK it is (SDK_KINDS). */
  kind: z.enum(SDK_KINDS),
  /** The language an app uses it from. */
  language: prose,
  /** Position in lists of SDKs (1 first). */
  order: z.number().int().positive(),
  /** How an app receives these errors. */
  receive: z.strictObject({
    /** The listener, event, callback or error type, e.g. `onSessionError(fn)`, `WTError`. */
    api: prose,
    /** How it works, in our words. */
    description: prose,
    /** A short snippet showing where the code arrives (our own code). */
    example: prose,
  }),
  /** How an app branches on one of these codes and tells the user: a template for every code's handling example. */
  handling: handlingSchema,
  /**
   * Provenance: the vendor page the codes are taken from and linked to, the SDK version the
   * entries reflect where known, and when they were last checked against the source.
   */
  source: z.strictObject({
    url: httpUrl,
    /** The page's title. */
    title: prose,
    /** The SDK version (or the source's commit or release) the entries reflect, where known. */
    version: prose.optional(),
    /** The day the entries were last compared with the source, YYYY-MM-DD. */
    checked: isoDate,
    /** Anything the reader should know about the link. */
    note: prose.optional(),
  }),
  /** The vendor's own sections of the error table, in the vendor's order. */
  groups: z.array(sdkGroupSchema).min(1, 'an SDK needs at least one group'),
  /** The SDK's code sets; a code names its set where there are several. */
  codeSets: z.array(codeSetSchema).min(1, 'an SDK needs at least one code set'),
});

export type Sdk = z.infer<typeof sdkSchema>;
export type SdkGroup = z.infer<typeof sdkGroupSchema>;
export type CodeSet = z.infer<typeof codeSetSchema>;
export type Handling = z.infer<typeof handlingSchema>;

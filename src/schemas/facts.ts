import { z } from 'astro/zod';
import { httpUrl, isoDate, prose, slug } from './common';

/**
 * How the drift check reads one kind of source file. Each reader is a small parser in
 * src/lib/sources/readers.ts; a source names the one that reads it.
 */
export const markdownTableReaderSchema = z.strictObject({
  /** Reads the tables of a Markdown page: one row per code, sections from the headings above them. */
  kind: z.literal('markdown-table'),
  /** Header of the column that holds the number, exactly as the page writes it. */
  number: prose,
  /** Header of the column that holds the constant. */
  constant: prose,
  /** Header of the column of runtime messages, where the page has one. */
  messages: prose.optional(),
  /**
   * How a cell holds several messages: `numbered` where the page writes "`1` first`2` second"
   * (Zoom); one message per cell otherwise.
   */
  messageList: z.enum(['single', 'numbered']).default('single'),
});

export const markdownListReaderSchema = z.strictObject({
  /**
   * Reads the items of a Markdown list under one heading, each starting with its name in
   * code ticks (MDN's "- `NotAllowedError`"), until the next heading of the same level.
   */
  kind: z.literal('markdown-list'),
  /** The heading's text, exactly: "Exceptions", "Value". */
  heading: prose,
});

export const containsReaderSchema = z.strictObject({
  /**
   * Checks that the source still holds each stated fact verbatim: for source code that
   * quotes messages (a browser's C++ file) or names codes in prose. It notices a fact renamed
   * or removed upstream, but not a code added, which a list or table reader would.
   */
  kind: z.literal('contains'),
  /** Whether the codes' names must occur too, or only their messages. */
  names: z.boolean().default(true),
});

export const enumReaderSchema = z.strictObject({
  /**
   * Reads the members of one enum declared in source code: TypeScript (`A = 1`, `A = "a"`),
   * C, C++, C#, Kotlin, Dart and Swift (`case a = 1`), Objective-C `NS_ENUM`, Java (`A(1)`,
   * the first argument as the number), members without a value counting on from the last number. It notices a member added, removed, renamed or
   * renumbered upstream.
   */
  kind: z.literal('enum'),
  /** The enum's name as declared: `ErrorCodeType`, `AgoraRTCErrorCode`. */
  name: z.string().trim().min(1),
  /** Whether the catalog's identifier is the member's string value rather than its name (`"meeting-full"`). */
  identifier: z.enum(['name', 'value']).default('name'),
  /** Members the catalog leaves out on purpose (internal, `@ignore`, success values), by name, so that only a new member counts as drift. */
  exclude: z.array(z.string().trim().min(1)).default([]),
  /**
   * How the catalog keys the members: by `number` (the default), or by `name` where the
   * numbers changed between versions and the catalog keys codes by name (Amazon Chime); then
   * only added, removed and renamed members count as drift.
   */
  key: z.enum(['number', 'name']).default('number'),
  /** What ends a member: `,` (most languages), or `;` for Protocol Buffers (`NAME = 1;`). */
  separator: z.enum([',', ';']).default(','),
});

export const sourceReaderSchema = z.discriminatedUnion('kind', [
  markdownTableReaderSchema,
  markdownListReaderSchema,
  containsReaderSchema,
  enumReaderSchema,
]);
export type SourceReader = z.infer<typeof sourceReaderSchema>;
/** A reader as written, its defaults not yet filled in. */
export type SourceReaderInput = z.input<typeof sourceReaderSchema>;

/** One code as its source states it: identity and runtime messages, never the vendor's prose. */
export const factCodeSchema = z.strictObject({
  /** The number, where the code has one. */
  number: z.number().int().optional(),
  /** The name exactly as the source spells it, typos included. */
  constant: z.string().trim().min(1),
  /** The catalog code set it belongs to, where the SDK has several. */
  set: slug.optional(),
  /** The heading of the source's section that lists the code, verbatim. */
  section: prose,
  /** The runtime messages the source gives for the code, verbatim. */
  messages: z.array(prose).default([]),
});

/** One file or page the facts were taken from. */
export const factSourceSchema = z
  .strictObject({
    /** Where to read it: a vendor page, or a repository file at a commit. */
    url: httpUrl,
    /** The page's title or the file's path. */
    title: prose,
    /** The SDK version or commit the facts reflect, where known. */
    version: prose.optional(),
    /** When the facts were last compared with this source (YYYY-MM-DD). */
    checked: isoDate,
    /** The file's path in its repository, where the source is a file: a given file whose path ends with it is this source. */
    path: prose.optional(),
    /** A line of text that occurs in this source and in no other, so that the drift check knows a given file by its content. */
    identify: prose.optional(),
    /** The reader that extracts the facts from this source. */
    reader: sourceReaderSchema,
    /** The codes it lists, in its order. */
    codes: z.array(factCodeSchema).min(1, 'a source lists at least one code'),
    /** Where the source is not official (a fork, an issue thread), why it is used. */
    note: prose.optional(),
  })
  .refine((source) => source.path || source.identify, {
    message: 'give the source a path or an identify text, so that the drift check can recognise its file',
  });

/** The facts list of one SDK, at `content/sources/{vendor}/{sdk}.yaml`. */
export const factsSchema = z.strictObject({
  /** Its sources, each with the codes taken from it. */
  sources: z.array(factSourceSchema).min(1, 'an SDK has at least one source'),
});

export type FactCode = z.infer<typeof factCodeSchema>;
export type FactSource = z.infer<typeof factSourceSchema>;
export type Facts = z.infer<typeof factsSchema>;

/**
 * The public JSON API (/api/v1/): its shapes as zod schemas, from which the published
 * JSON Schema is generated, and the functions that turn the atlas into those shapes.
 * Version 1 only ever gains fields; a breaking change gets /api/v2/.
 */
import { z } from 'astro/zod';
import { ACTORS, RELATIONS, RETRY, SDK_KINDS } from '../schemas';
import type { Atlas, CodeItem, ConceptItem, SdkItem } from './catalog/atlas';
import { plainText } from './inline';
import { provenanceOf } from './provenance';
import { absoluteUrl, urls } from './urls';

export const API_VERSION = 1;

const ref = z.object({ id: z.string(), name: z.string() });

const provenance = z
  .object({
    title: z.string().describe("The vendor page's title"),
    url: z.string().describe('The vendor page the entries are taken from'),
    version: z.string().optional().describe('The SDK version the entries reflect, where known'),
    checked: z.string().describe('The day the entries were last checked against the source, YYYY-MM-DD'),
  })
  .describe("Where the SDK's entries come from");

export const apiCodeSchema = z
  .object({
    id: z.string().describe('Stable identifier: {vendor}/{sdk}/{key}'),
    key: z
      .string()
      .describe(
        "The code's path below its SDK: its number, or its identifier as a slug, after its code set's path where it has one",
      ),
    vendor: ref,
    sdk: ref,
    set: ref.describe("The SDK's code set the code belongs to, named as the vendor names it"),
    number: z.number().int().optional().describe('The number the SDK reports, where the code has one; may be negative'),
    constant: z
      .string()
      .describe('The identifier exactly as the vendor spells it: constant, enum member, string code, exception name'),
    aliases: z.array(z.string()).describe('Other names: per-platform spellings, legacy names, a corrected typo'),
    aliasDetails: z
      .array(z.object({ name: z.string(), platform: z.string().optional(), legacy: z.boolean().optional() }))
      .describe('The aliases with the platform that uses each, and whether it is a legacy name'),
    versions: z
      .array(z.object({ version: z.string(), number: z.number().int() }))
      .describe('The number in each SDK version, where it changed between versions'),
    deprecated: z
      .object({ since: z.string().optional(), note: z.string(), replacedBy: z.array(z.string()) })
      .optional()
      .describe('Set when the vendor retired the code; replacedBy lists the ids of the codes that replace it'),
    group: ref.describe("The vendor's own section of its error table"),
    category: ref.describe("The atlas's cross-vendor category"),
    messages: z.array(z.string()).describe('Runtime messages, verbatim, where the vendor documents them'),
    messageDetails: z
      .array(
        z.object({
          text: z.string(),
          where: z.string().optional(),
          meaning: z.string().optional(),
          action: z.string().optional(),
        }),
      )
      .describe('The messages with the browser or platform that emits each, and what each means and asks for'),
    subReasons: z
      .array(
        z.object({
          field: z.string(),
          value: z.string(),
          name: z.string().optional(),
          meaning: z.string(),
          action: z.string(),
        }),
      )
      .describe('Values of a field carried with the code that change its meaning and fix'),
    summary: z.string(),
    description: z.string(),
    causes: z.array(z.string()),
    fix: z.array(z.string()),
    symptoms: z.array(z.string()),
    actors: z.array(z.enum(ACTORS)).describe('Who has to act, main one first'),
    retry: z.enum(RETRY),
    retryNote: z.string(),
    notes: z.array(z.string()),
    userReply: z.string().describe('A reply for the end user, in plain words'),
    concepts: z.array(z.object({ id: z.string(), name: z.string(), relation: z.enum(RELATIONS), url: z.string() })),
    equivalents: z.array(
      z
        .object({ id: z.string(), concept: z.string(), relation: z.enum(RELATIONS), url: z.string() })
        .describe('A code of another SDK linked through a concept; relation is that code as seen from this one'),
    ),
    twins: z.array(z.string()).describe("Ids of the same code on the vendor's other platforms"),
    related: z
      .array(z.object({ id: z.string(), note: z.string(), url: z.string() }))
      .describe('Codes of the same SDK that are easily confused with this one'),
    url: z.string().describe('Canonical URL of the code page'),
    json: z.string().describe('URL of this record as a JSON file'),
    source: z.string().describe("The vendor's documentation page"),
    provenance,
  })
  .describe('One error code of one SDK');

export const apiSdkSchema = z.object({
  id: z.string(),
  vendor: ref,
  name: z.string(),
  shortName: z.string(),
  platform: z.string(),
  kind: z.enum(SDK_KINDS).describe('video-call platform, the browser, or an SDK embedded for one shared experience'),
  language: z.string(),
  receive: z.object({ api: z.string(), description: z.string(), example: z.string() }),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  codeSets: z
    .array(z.object({ id: z.string(), name: z.string(), path: z.string().optional() }))
    .describe("The SDK's code sets, named as the vendor names them"),
  source: z.string(),
  provenance,
  url: z.string(),
});

export const apiConceptSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  url: z.string(),
  members: z.array(
    z.object({ code: z.string(), relation: z.enum(RELATIONS), note: z.string().optional(), url: z.string() }),
  ),
});

const envelope = { version: z.literal(API_VERSION), count: z.number().int() };

export const apiFiles = {
  codes: z.object({ ...envelope, codes: z.array(apiCodeSchema) }).describe('/api/v1/codes.json'),
  sdk: z
    .object({ ...envelope, sdk: apiSdkSchema, codes: z.array(apiCodeSchema) })
    .describe('/api/v1/{vendor}/{sdk}.json'),
  concepts: z.object({ ...envelope, concepts: z.array(apiConceptSchema) }).describe('/api/v1/concepts.json'),
  code: apiCodeSchema,
};

/** The JSON Schema of every API file, published at /api/v1/schema.json. */
export function apiJsonSchema(site: URL | undefined): Record<string, unknown> {
  const defs = Object.fromEntries(
    Object.entries(apiFiles).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12' })]),
  );
  for (const def of Object.values(defs)) delete (def as Record<string, unknown>).$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(urls.apiFile('schema.json'), site),
    title: 'RTC Error Atlas API v1',
    description:
      'Files under /api/v1/: codes.json, {vendor}/{sdk}.json, concepts.json, and /{vendor}/{sdk}/{number}.json for one code. Pick the definition in $defs.',
    $defs: defs,
  };
}

export function codeRecord(atlas: Atlas, code: CodeItem, site: URL | undefined): z.infer<typeof apiCodeSchema> {
  const sdk = atlas.sdkOf(code);
  const vendor = atlas.vendorOf(sdk);
  const group = atlas.groupOf(code);
  const category = atlas.category(code.category);
  return {
    id: code.id,
    key: code.key,
    vendor: { id: vendor.id, name: vendor.name },
    sdk: { id: sdk.id, name: sdk.shortName },
    set: { id: code.set, name: atlas.setOf(code).name },
    ...(code.number !== undefined ? { number: code.number } : {}),
    constant: code.constant,
    aliases: code.aliases.map((alias) => alias.name),
    aliasDetails: code.aliases,
    versions: code.versions,
    ...(code.deprecated ? { deprecated: { ...code.deprecated, note: plainText(code.deprecated.note) } } : {}),
    group: { id: group.id, name: group.name },
    category: { id: category.id, name: category.name },
    messages: code.messages.map((message) => message.text),
    messageDetails: code.messages.map((m) => ({
      ...m,
      ...(m.meaning ? { meaning: plainText(m.meaning) } : {}),
      ...(m.action ? { action: plainText(m.action) } : {}),
    })),
    subReasons: code.subReasons.map((r) => ({ ...r, meaning: plainText(r.meaning), action: plainText(r.action) })),
    summary: plainText(code.summary),
    description: plainText(code.description),
    causes: code.causes.map(plainText),
    fix: code.fix.map(plainText),
    symptoms: code.symptoms,
    actors: code.actors,
    retry: code.retry,
    retryNote: plainText(code.retryNote),
    notes: code.notes.map(plainText),
    userReply: plainText(code.userReply),
    concepts: atlas.conceptsOf(code).map((m) => ({
      id: m.concept.id,
      name: m.concept.name,
      relation: m.relation,
      url: absoluteUrl(urls.concept(m.concept), site),
    })),
    equivalents: atlas.equivalentsOf(code).map((eq) => ({
      id: eq.code.id,
      concept: eq.concept.id,
      relation: eq.relation,
      url: absoluteUrl(urls.code(eq.code), site),
    })),
    twins: atlas.twinsOf(code).map((twin) => twin.id),
    related: atlas
      .relatedOf(code)
      .map((r) => ({ id: r.code.id, note: plainText(r.note), url: absoluteUrl(urls.code(r.code), site) })),
    url: absoluteUrl(urls.code(code), site),
    json: absoluteUrl(urls.codeJson(code), site),
    source: atlas.sourceUrl(code),
    provenance: provenanceRecord(sdk),
  };
}

function provenanceRecord(sdk: SdkItem): z.infer<typeof provenance> {
  const { title, url, version, checked } = provenanceOf(sdk);
  return { title, url, ...(version ? { version } : {}), checked };
}

export function sdkRecord(atlas: Atlas, sdk: SdkItem, site: URL | undefined): z.infer<typeof apiSdkSchema> {
  const vendor = atlas.vendorOf(sdk);
  return {
    id: sdk.id,
    vendor: { id: vendor.id, name: vendor.name },
    name: sdk.name,
    shortName: sdk.shortName,
    platform: sdk.platform,
    kind: sdk.kind,
    language: sdk.language,
    receive: { api: sdk.receive.api, description: plainText(sdk.receive.description), example: sdk.receive.example },
    groups: sdk.groups.map((g) => ({ id: g.id, name: g.name })),
    codeSets: sdk.codeSets.map(({ id, name, path }) => ({ id, name, ...(path ? { path } : {}) })),
    source: sdk.source.url,
    provenance: provenanceRecord(sdk),
    url: absoluteUrl(urls.sdk(sdk), site),
  };
}

export function conceptRecord(
  atlas: Atlas,
  concept: ConceptItem,
  site: URL | undefined,
): z.infer<typeof apiConceptSchema> {
  return {
    id: concept.id,
    name: concept.name,
    description: concept.description,
    url: absoluteUrl(urls.concept(concept), site),
    members: atlas.membersOf(concept).map((m) => ({
      code: m.code.id,
      relation: m.relation,
      ...(m.note ? { note: m.note } : {}),
      url: absoluteUrl(urls.code(m.code), site),
    })),
  };
}

/**
 * A JSON response. Files of one record are indented for people reading them; the large
 * collections are compact, as they grow with the catalog.
 */
export function json(data: unknown, { compact = false } = {}): Response {
  const body = compact ? JSON.stringify(data) : JSON.stringify(data, null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * Reads the catalog from its YAML files and validates it as a whole: each entry against
 * its schema, then every reference between entries. Any mistake stops the build with a
 * message that names the file, the line, the entry and the field, and says what is expected.
 *
 * The stages of `loadCatalog`, in order, each a function below:
 *   1. checkTopLevel   only the catalog's own files and folders are there
 *   2. readMap / readSdks   vendors, categories, concepts and SDKs, each against its schema
 *   3. readCodes       codes/{vendor}/{sdk}.yaml: schema, group, category, no duplicates
 *   4. checkConcepts   every member exists, once, and is "same" in one concept at most
 *   5. readFacts       sources/{vendor}/{sdk}.yaml: the facts lists, each equal to its SDK's codes
 * Problems are collected across all stages and thrown together.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import {
  categorySchema,
  codeSchema,
  conceptSchema,
  factsSchema,
  sdkSchema,
  vendorSchema,
  type Category,
  type CodeEntry,
  type Concept,
  type Facts,
  type Sdk,
  type Vendor,
} from '../../schemas';
import { compareCodes, groupsSpanningSections, identity, type ComparedCode, type Difference } from '../sources/drift';
import { RESERVED_TOP_LEVEL_SLUGS, codeId, codeKey, sdkId, spellingKey } from '../ids';

/** One thing wrong with the catalog, located as precisely as we can. */
export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line of the entry or field, where known. */
  line?: number;
  /** Which entry: its key, or its position and identity in a list. */
  entry?: string;
  /** The field within the entry, as a dotted path. */
  field?: string;
  /** What is wrong and what is expected. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const parts = [where];
  if (problem.entry) parts.push(`entry ${problem.entry}`);
  if (problem.field) parts.push(`field "${problem.field}"`);
  return `${parts.join(', ')}: ${problem.message}`;
}

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

export interface Keyed<T> {
  id: string;
  data: T;
}

/** The whole catalog, validated: every reference in it resolves. */
export interface Catalog {
  vendors: Keyed<Vendor>[];
  sdks: Keyed<Sdk>[];
  categories: Keyed<Category>[];
  concepts: Keyed<Concept>[];
  codes: Keyed<CodeEntry>[];
  /** The facts list of each SDK that has one, keyed `{vendor}/{sdk}`. */
  facts: Keyed<Facts>[];
}

/** The files at the top of the catalog folder; anything else there is a mistake. */
const TOP_LEVEL_FILES = ['vendors.yaml', 'sdks.yaml', 'categories.yaml', 'concepts.yaml'];
/** The folders at the top of the catalog folder: codes and the facts lists of their sources. */
const TOP_LEVEL_FOLDERS = ['codes', 'sources'];
const IGNORED_FILES = new Set(['README.md', '.DS_Store']);

export class Reader {
  readonly problems: Problem[] = [];
  constructor(private readonly root: string) {}

  display(file: string): string {
    return relative(process.cwd(), file).split(sep).join('/') || file;
  }

  report(problem: Problem) {
    this.problems.push(problem);
  }

  /** Parses one YAML file, reporting syntax errors with their line. */
  parse(file: string): { doc: Document; lines: LineCounter } | undefined {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        this.report({
          file: this.display(file),
          line: error.linePos?.[0]?.line,
          message: `is not valid YAML: ${error.message.split('\n')[0]}`,
        });
      }
      return undefined;
    }
    return { doc, lines };
  }

  lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  /** Validates `value` against `schema`, reporting each issue at its field. */
  check<S extends z.ZodType>(
    schema: S,
    value: unknown,
    at: { file: string; entry: string; doc: Document; lines: LineCounter; path: (string | number)[] },
  ): z.infer<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const fieldPath = issue.path.map(String);
      let message = issue.message;
      if (issue.code === 'invalid_type' && issue.input === undefined) {
        message = `is required but missing (${issue.message.replace(/^Invalid input: /, '')})`;
      } else if (issue.code === 'unrecognized_keys') {
        message = `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the schema`;
      }
      this.report({
        file: this.display(at.file),
        line: this.lineOf(at.doc, at.lines, [
          ...at.path,
          ...issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        ]),
        entry: at.entry,
        field: fieldPath.length > 0 ? fieldPath.join('.') : undefined,
        message,
      });
    }
    return undefined;
  }

  /**
   * Reads a file whose top level maps keys (URL slugs) to entries. `line` gives the line of
   * any field of an entry afterwards, for checks that run once the whole catalog is read.
   */
  readMap<S extends z.ZodType>(
    name: string,
    schema: S,
    keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  ): Keyed<z.infer<S>>[] & { line?: (path: (string | number)[]) => number | undefined } {
    const file = join(this.root, name);
    if (!existsSync(file)) {
      this.report({ file: this.display(file), message: 'is missing: the catalog needs this file' });
      return [];
    }
    const parsed = this.parse(file);
    if (!parsed) return [];
    const { doc, lines } = parsed;
    if (!isMap(doc.contents)) {
      this.report({ file: this.display(file), message: 'must map each key (a URL slug) to an entry' });
      return [];
    }
    const out: Keyed<z.infer<S>>[] & { line?: (path: (string | number)[]) => number | undefined } = [];
    out.line = (path) => this.lineOf(doc, lines, path);
    // Converted once: converting the whole document for each key made large files quadratic.
    const entries = doc.toJS() as Record<string, unknown>;
    for (const pair of doc.contents.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const line = this.lineOf(doc, lines, [key]);
      if (!keyPattern.test(key)) {
        this.report({
          file: this.display(file),
          line,
          entry: key,
          message: 'the key must be a slug of lower-case letters, digits and hyphens',
        });
        continue;
      }
      const data = this.check(schema, entries[key], { file, entry: key, doc, lines, path: [key] });
      if (data !== undefined) out.push({ id: key, data });
    }
    return out;
  }

  /** Reads a file whose top level is a list of entries. */
  readList(file: string): { items: unknown[]; doc: Document; lines: LineCounter } | undefined {
    const parsed = this.parse(file);
    if (!parsed) return undefined;
    const { doc, lines } = parsed;
    if (!isSeq(doc.contents)) {
      this.report({ file: this.display(file), message: 'must be a list of entries (each starting with "- ")' });
      return undefined;
    }
    return { items: doc.toJS() as unknown[], doc, lines };
  }
}

/** Describes a list entry for messages: its position and whatever identity it has. */
function describeItem(index: number, item: unknown, keys: string[]): string {
  const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const identity = keys
    .map((k) => record[k])
    .filter((v) => v !== undefined && v !== null && v !== '')
    .join(' ');
  return identity ? `#${index + 1} (${identity})` : `#${index + 1}`;
}

/** Stage 1: only the catalog's own files and folders sit at its top. */
function checkTopLevel(reader: Reader, root: string) {
  for (const name of readdirSync(root)) {
    if (TOP_LEVEL_FILES.includes(name) || IGNORED_FILES.has(name) || TOP_LEVEL_FOLDERS.includes(name)) continue;
    reader.report({
      file: reader.display(join(root, name)),
      message: `is not part of the catalog; expected only ${[...TOP_LEVEL_FILES, ...TOP_LEVEL_FOLDERS.map((f) => `${f}/`)].join(', ')}`,
    });
  }
}

function checkVendorKeys(reader: Reader, root: string, vendors: Keyed<Vendor>[]) {
  for (const vendor of vendors) {
    if (RESERVED_TOP_LEVEL_SLUGS.includes(vendor.id)) {
      reader.report({
        file: reader.display(join(root, 'vendors.yaml')),
        entry: vendor.id,
        message: `"${vendor.id}" is a reserved path of the site; choose another vendor key`,
      });
    }
  }
}

/** Stage 2: sdks.yaml, a list; each SDK names a known vendor, once, with distinct group ids. */
function readSdks(reader: Reader, root: string, vendorIds: Set<string>): Keyed<Sdk>[] {
  const sdks: Keyed<Sdk>[] = [];
  const sdksFile = join(root, 'sdks.yaml');
  if (!existsSync(sdksFile)) {
    reader.report({ file: reader.display(sdksFile), message: 'is missing: the catalog needs this file' });
    return sdks;
  }
  const sdkList = reader.readList(sdksFile);
  if (!sdkList) return sdks;
  sdkList.items.forEach((item, index) => {
    const entry = describeItem(index, item, ['vendor', 'slug']);
    const at = { file: sdksFile, entry, doc: sdkList.doc, lines: sdkList.lines, path: [index] };
    const data = reader.check(sdkSchema, item, at);
    if (!data) return;
    const id = sdkId(data.vendor, data.slug);
    const line = reader.lineOf(sdkList.doc, sdkList.lines, [index]);
    const where = { file: reader.display(sdksFile), line, entry };
    if (!vendorIds.has(data.vendor)) {
      reader.report({
        ...where,
        field: 'vendor',
        message: `unknown vendor "${data.vendor}"; expected one of ${[...vendorIds].join(', ')}`,
      });
      return;
    }
    if (sdks.some((s) => s.id === id)) {
      reader.report({ ...where, field: 'slug', message: `duplicate SDK "${id}"` });
      return;
    }
    const seenGroups = new Set<string>();
    for (const [g, group] of data.groups.entries()) {
      if (seenGroups.has(group.id)) {
        reader.report({ ...where, field: `groups.${g}.id`, message: `duplicate group id "${group.id}"` });
      }
      seenGroups.add(group.id);
    }
    sdks.push({ id, data });
  });
  return sdks;
}

/** The YAML files under a folder of `{vendor}/{sdk}.yaml` files; anything else there is reported. */
function vendorSdkFiles(reader: Reader, folder: string, what: string): { file: string; vendor: string; sdk: string }[] {
  const files: { file: string; vendor: string; sdk: string }[] = [];
  if (!existsSync(folder)) return files;
  const notRead = (file: string) =>
    reader.report({
      file: reader.display(file),
      message: `${what} go in ${what}/{vendor}/{sdk}.yaml; this file is not read`,
    });
  for (const vendor of readdirSync(folder).sort()) {
    const vendorPath = join(folder, vendor);
    if (!statSync(vendorPath).isDirectory()) {
      if (!IGNORED_FILES.has(vendor)) notRead(vendorPath);
      continue;
    }
    for (const name of readdirSync(vendorPath).sort()) {
      if (IGNORED_FILES.has(name)) continue;
      const match = /^([a-z0-9-]+)\.yaml$/.exec(name);
      if (match) files.push({ file: join(vendorPath, name), vendor, sdk: match[1] });
      else notRead(join(vendorPath, name));
    }
  }
  return files;
}

/** Stage 3: every SDK's codes, each against the schema, its SDK's sets and groups and the categories. */
function readCodes(
  reader: Reader,
  root: string,
  sdks: Keyed<Sdk>[],
  categoryIds: Set<string>,
): { codes: Keyed<CodeEntry>[]; knownCodeIds: Set<string> } {
  const codes: Keyed<CodeEntry>[] = [];
  // Ids of codes that exist, even if an entry has a mistake, so that one mistake is
  // reported once and not again by every concept that names the code.
  const knownCodeIds = new Set<string>();
  const where = new Map<string, { file: string; line?: number; entry: string }>();
  for (const { file, vendor, sdk: slug } of vendorSdkFiles(reader, join(root, 'codes'), 'codes')) {
    const sdk = sdks.find((s) => s.data.vendor === vendor && s.data.slug === slug);
    if (!sdk) {
      reader.report({
        file: reader.display(file),
        message: `no SDK "${vendor}/${slug}" in sdks.yaml; expected one of ${sdks.map((s) => s.id).join(', ')}`,
      });
      continue;
    }
    const list = reader.readList(file);
    if (!list) continue;
    const groupIds = sdk.data.groups.map((g) => g.id);
    const sets = sdk.data.codeSets;
    const setOf = (id: unknown) =>
      id === undefined && sets.length === 1 ? sets[0] : sets.find((set) => set.id === id);
    const keys = new Map<string, string>();
    const constants = new Map<string, string>();
    list.items.forEach((item, index) => {
      const entry = describeItem(index, item, ['number', 'constant']);
      const raw = (item ?? {}) as { number?: unknown; constant?: unknown; set?: unknown };
      const rawSet = setOf(raw.set);
      if (rawSet && (Number.isInteger(raw.number) || typeof raw.constant === 'string'))
        knownCodeIds.add(
          codeId(
            vendor,
            slug,
            codeKey({ number: raw.number as number | undefined, constant: String(raw.constant) }, rawSet),
          ),
        );
      const data = reader.check(codeSchema, item, { file, entry, doc: list.doc, lines: list.lines, path: [index] });
      if (!data) return;
      const at = (field: string) => ({
        file: reader.display(file),
        line: reader.lineOf(list.doc, list.lines, [index, field]),
        entry,
        field,
      });
      let ok = true;
      const set = setOf(data.set);
      if (!set) {
        reader.report({
          ...at('set'),
          message:
            data.set === undefined
              ? `${sdk.id} has ${sets.length} code sets, so the code must name one: ${sets.map((s) => s.id).join(', ')}`
              : `unknown code set "${data.set}" for ${sdk.id}; expected one of ${sets.map((s) => s.id).join(', ')}`,
        });
        return;
      }
      if (!groupIds.includes(data.group)) {
        reader.report({
          ...at('group'),
          message: `unknown group "${data.group}" for ${sdk.id}; expected one of ${groupIds.join(', ')}`,
        });
        ok = false;
      }
      if (!categoryIds.has(data.category)) {
        reader.report({
          ...at('category'),
          message: `unknown category "${data.category}"; expected one of ${[...categoryIds].join(', ')}`,
        });
        ok = false;
      }
      const key = codeKey(data, set);
      const sameKey = keys.get(key);
      if (sameKey) {
        reader.report({
          ...at(data.number !== undefined ? 'number' : 'constant'),
          message: `duplicate code ${data.number ?? data.constant} in ${sdk.id}; entry ${sameKey} has it already (both would live at /${sdk.id}/${key}/: where two code sets share identifiers, give one of them a path in sdks.yaml)`,
        });
        ok = false;
      }
      const sameConstant = constants.get(`${set.id} ${data.constant}`);
      if (sameConstant) {
        reader.report({
          ...at('constant'),
          message: `duplicate constant ${data.constant} in ${sdk.id}; entry ${sameConstant} has it already`,
        });
        ok = false;
      }
      keys.set(key, entry);
      constants.set(`${set.id} ${data.constant}`, entry);
      const id = codeId(vendor, slug, key);
      where.set(id, { file: reader.display(file), line: reader.lineOf(list.doc, list.lines, [index]), entry });
      if (ok) {
        codes.push({
          id,
          data: {
            ...data,
            vendor,
            sdk: slug,
            set: set.id,
            key,
            position: index,
            file: reader.display(file),
            line: reader.lineOf(list.doc, list.lines, [index]) ?? 1,
          },
        });
      }
    });
  }
  checkCodeReferences(reader, codes, knownCodeIds);
  return { codes, knownCodeIds };
}

/**
 * Within each SDK, an alias never takes another code's identifier (any spelling), and every
 * code a code points to (replaced-by, related) exists; related codes are of the same SDK.
 */
function checkCodeReferences(reader: Reader, codes: Keyed<CodeEntry>[], knownCodeIds: Set<string>) {
  const owners = new Map<string, Keyed<CodeEntry>>();
  for (const code of codes) owners.set(`${code.data.vendor}/${code.data.sdk} ${spellingKey(code.data.constant)}`, code);
  const at = (code: Keyed<CodeEntry>, field: string) => ({
    file: code.data.file,
    line: code.data.line,
    entry: `${code.data.number ?? code.data.constant}`,
    field,
  });
  for (const code of codes) {
    const sdk = `${code.data.vendor}/${code.data.sdk}`;
    code.data.aliases.forEach((alias, a) => {
      const owner = owners.get(`${sdk} ${spellingKey(alias.name)}`);
      if (owner && owner.id !== code.id)
        reader.report({
          ...at(code, `aliases.${a}`),
          message: `alias "${alias.name}" collides with the identifier of ${owner.id} (${owner.data.constant}); an alias names this code only`,
        });
    });
    code.data.deprecated?.replacedBy.forEach((ref, r) => {
      if (!knownCodeIds.has(ref))
        reader.report({
          ...at(code, `deprecated.replacedBy.${r}`),
          message: `replaced by "${ref}", which is not a code of the catalog; expected {vendor}/{sdk}/{key} of an existing code`,
        });
    });
    code.data.related.forEach((related, r) => {
      if (!knownCodeIds.has(related.code))
        reader.report({
          ...at(code, `related.${r}.code`),
          message: `no code "${related.code}" in the catalog; expected {vendor}/{sdk}/{key} of a code of the same SDK`,
        });
      else if (!related.code.startsWith(`${sdk}/`))
        reader.report({
          ...at(code, `related.${r}.code`),
          message: `"${related.code}" is another SDK's code; link other SDKs' codes through a concept in concepts.yaml`,
        });
      else if (related.code === code.id)
        reader.report({ ...at(code, `related.${r}.code`), message: 'a code cannot be related to itself' });
    });
  }
}

/** Stage 4: every member exists, appears once, and a code means "the same" as one concept at most. */
function checkConcepts(
  reader: Reader,
  root: string,
  concepts: ReturnType<Reader['readMap']>,
  knownCodeIds: Set<string>,
): Keyed<Concept>[] {
  const sameAs = new Map<string, string>();
  const conceptsFile = reader.display(join(root, 'concepts.yaml'));
  const valid: Keyed<Concept>[] = [];
  for (const concept of concepts as Keyed<Concept>[]) {
    const seen = new Set<string>();
    let ok = true;
    const at = (path: (string | number)[]) => ({
      file: conceptsFile,
      line: concepts.line?.([concept.id, ...path]),
      entry: concept.id,
      field: path.join('.'),
    });
    concept.data.members.forEach((member, m) => {
      if (!knownCodeIds.has(member.code)) {
        reader.report({
          ...at(['members', m, 'code']),
          message: `no code "${member.code}" in the catalog; expected {vendor}/{sdk}/{key} of an existing code`,
        });
        ok = false;
      }
      if (seen.has(member.code)) {
        reader.report({
          ...at(['members', m, 'code']),
          message: `"${member.code}" is listed twice in this concept; list each member once with one relation`,
        });
        ok = false;
      }
      seen.add(member.code);
      if (member.relation === 'same') {
        const other = sameAs.get(member.code);
        if (other) {
          reader.report({
            ...at(['members', m, 'relation']),
            message: `contradictory relations: "${member.code}" is "same" as both concept "${other}" and "${concept.id}"; a code can mean exactly one concept, so make one of them narrower, broader or related`,
          });
          ok = false;
        }
        sameAs.set(member.code, concept.id);
      }
    });
    const sdksInConcept = new Set(concept.data.members.map((m) => m.code.split('/').slice(0, 2).join('/')));
    // Platform twins (one vendor's SDKs sharing a code) are related by the vendor's own
    // numbering, so a concept still needs codes of two SDKs, of any vendor.
    if (sdksInConcept.size < 2) {
      reader.report({ ...at(['members']), message: 'a concept links codes of at least two different SDKs' });
      ok = false;
    }
    if (ok) valid.push(concept);
  }
  return valid;
}

/**
 * Stage 5: the facts lists. Each belongs to an SDK of the catalog, and the SDK's codes equal
 * the facts: the same numbers and constants, the same messages, and groups that follow the
 * source's sections. The facts themselves are compared with the vendor's current source by
 * the drift check (`npm run check:sources`).
 */
function readFacts(reader: Reader, root: string, sdks: Keyed<Sdk>[], codes: Keyed<CodeEntry>[]): Keyed<Facts>[] {
  const out: Keyed<Facts>[] = [];
  for (const { file, vendor, sdk: slug } of vendorSdkFiles(reader, join(root, 'sources'), 'sources')) {
    const id = sdkId(vendor, slug);
    const display = reader.display(file);
    if (!sdks.some((s) => s.id === id)) {
      reader.report({
        file: display,
        message: `facts of "${id}", which is not an SDK of sdks.yaml; expected one of ${sdks.map((s) => s.id).join(', ')}`,
      });
      continue;
    }
    const parsed = reader.parse(file);
    if (!parsed) continue;
    const facts = reader.check(factsSchema, parsed.doc.toJS(), { file, entry: id, ...parsed, path: [] });
    if (!facts) continue;
    out.push({ id, data: facts });
    const line = (path: (string | number)[]) => reader.lineOf(parsed.doc, parsed.lines, path);
    const sdk = sdks.find((s) => s.id === id)!.data;
    const own = codes.filter((c) => sdkId(c.data.vendor, c.data.sdk) === id).map((c) => c.data);
    const { stated, ours, differences } = compareWithFacts(sdk, facts, own);
    for (const difference of differences) {
      reader.report({
        file: display,
        line: line(['sources']),
        entry: id,
        message:
          difference.kind === 'added'
            ? `the catalog has ${difference.code}, which the facts list does not: add it here from the source, or remove the code`
            : difference.kind === 'removed'
              ? `the facts list has ${difference.code}, which the catalog lacks: add the code to codes/${id}.yaml`
              : `${difference.code} differs between the facts list and the catalog: ${difference.detail}`,
      });
    }
    const sectionOf = new Map(stated.map((code) => [identity(code), code.section]));
    const placed = ours.flatMap((code) => {
      const section = sectionOf.get(identity(code));
      return section ? [{ group: code.group, section, name: String(code.number ?? code.constant) }] : [];
    });
    // Sections are one source's; an SDK stated by several sources has groups of its own.
    for (const message of facts.sources.length === 1 ? groupsSpanningSections(placed) : []) {
      reader.report({ file: display, line: line(['sources']), entry: id, message: `codes/${id}.yaml: ${message}` });
    }
  }
  return out;
}

/**
 * An SDK's codes against its facts list: what the catalog adds, lacks or states otherwise.
 * The catalog quotes messages with their meaning, the facts only their text.
 */
export function compareWithFacts(
  sdk: Sdk,
  facts: Facts,
  codes: CodeEntry[],
): { stated: ComparedCode[]; ours: (ComparedCode & { group: string })[]; differences: Difference[] } {
  // With one code set, sets say nothing; with several, the facts name each code's set.
  const oneSet = sdk.codeSets.length === 1;
  // A code stated by several sources (a name on MDN, its messages in browser sources) is one code.
  const merged = new Map<string, ComparedCode>();
  for (const code of facts.sources.flatMap((source) => source.codes)) {
    const fact = { ...code, set: oneSet ? undefined : code.set, messages: [...code.messages] };
    const seen = merged.get(identity(fact));
    if (seen) seen.messages = [...new Set([...seen.messages, ...fact.messages])];
    else merged.set(identity(fact), fact);
  }
  const stated = [...merged.values()];
  const ours = codes.map((code) => ({
    ...code,
    set: oneSet ? undefined : code.set,
    messages: code.messages.map((m) => m.text),
  }));
  return { stated, ours, differences: compareCodes(stated, ours) };
}

/** Loads and validates the catalog in `root`; throws a CatalogError listing every problem. */
export function loadCatalog(root: string): Catalog {
  const reader = new Reader(root);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new CatalogError([{ file: reader.display(root), message: 'the catalog folder does not exist' }]);
  }
  checkTopLevel(reader, root);
  const vendors = reader.readMap('vendors.yaml', vendorSchema);
  const categories = reader.readMap('categories.yaml', categorySchema);
  const conceptEntries = reader.readMap('concepts.yaml', conceptSchema);
  checkVendorKeys(reader, root, vendors);
  const sdks = readSdks(reader, root, new Set(vendors.map((v) => v.id)));
  const { codes, knownCodeIds } = readCodes(reader, root, sdks, new Set(categories.map((c) => c.id)));
  const concepts = checkConcepts(reader, root, conceptEntries, knownCodeIds);
  const facts = readFacts(reader, root, sdks, codes);
  if (reader.problems.length > 0) throw new CatalogError(reader.problems);
  return { vendors, sdks, categories, concepts, codes, facts };
}

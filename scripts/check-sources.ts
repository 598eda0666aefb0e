/**
 * The drift check: compares the catalog with the vendor source files it is given and says
 * what was added, removed or changed upstream, so that a maintainer notices a renamed or new
 * code. Each SDK keeps a facts list (content/sources/{vendor}/{sdk}.yaml) naming its sources,
 * the text that identifies each one and the reader that extracts its codes.
 *
 *   npm run check:sources -- <folder or file>...      compare, exit 1 on any difference
 *   npm run check:sources -- --facts <sdk> <file>     print the facts a source yields, as YAML
 *
 * It fails loudly (exit 2) when a path it was asked to read does not exist, or when a file
 * named explicitly is not a source of any facts list.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { CatalogError, loadCatalog, type Catalog } from '../src/lib/catalog/load';
import { compareCodes, sharedRuns, wordRuns, type Difference } from '../src/lib/sources/drift';
import { readSource } from '../src/lib/sources/readers';
import type { FactSource } from '../src/schemas';

const CONTENT = process.env.ATLAS_CONTENT_DIR ?? 'content';

class UsageError extends Error {}

/** The files to read: each argument is a file, or a folder whose files, at any depth, are all read. */
function expand(args: string[]): { file: string; named: boolean }[] {
  const files: { file: string; named: boolean }[] = [];
  for (const arg of args) {
    if (!existsSync(arg)) throw new UsageError(`${arg}: no such file or folder`);
    if (statSync(arg).isDirectory()) {
      // Recursive, so that a checkout of a source repository can be given as it is.
      for (const name of readdirSync(arg, { recursive: true }).map(String).sort()) {
        const file = join(arg, name);
        if (statSync(file).isFile()) files.push({ file, named: false });
      }
    } else files.push({ file: arg, named: true });
  }
  return files;
}

interface Match {
  sdk: string;
  source: FactSource;
}

/** The facts-list sources a file is: by its path in its repository, else by its identifying text. */
function sourcesOf(file: string, text: string, catalog: Catalog): Match[] {
  const path = file.split(sep).join('/');
  const all = catalog.facts.flatMap(({ id, data }) => data.sources.map((source) => ({ sdk: id, source })));
  const byPath = all.filter(({ source }) => source.path && (path === source.path || path.endsWith(`/${source.path}`)));
  // Two versions of one file (an older one quoted for messages still seen in logs) are told
  // apart by the older one's identifying text.
  const identified = byPath.filter(({ source }) => source.identify && text.includes(source.identify));
  if (identified.length > 0) return identified;
  if (byPath.length > 0) return byPath.filter(({ source }) => !source.identify);
  return all.filter(({ source }) => source.identify && text.includes(source.identify));
}

/** The catalog's prose for an SDK's codes, without what it quotes on purpose: messages, and text in quotes or code ticks. */
function proseOf(catalog: Catalog, sdk: string): { code: string; text: string }[] {
  return catalog.codes
    .filter(({ data }) => `${data.vendor}/${data.sdk}` === sdk)
    .flatMap(({ id, data }) =>
      [data.summary, data.description, data.retryNote, data.userReply, ...data.causes, ...data.fix, ...data.notes].map(
        (text) => ({
          code: id,
          text: data.messages
            .reduce((t, message) => t.split(message.text).join(' '), text)
            .replace(/"[^"]*"|`[^`]*`|“[^”]*”/g, ' '),
        }),
      ),
    );
}

/** One source of one facts list: a file may be several, read by different readers. */
const sourceKey = (sdk: string, source: FactSource) =>
  `${sdk}\u0000${source.url}\u0000${JSON.stringify(source.reader)}`;

function report(label: string, differences: Difference[]): string[] {
  const words = { added: 'added upstream', removed: 'removed upstream', changed: 'changed upstream' };
  return differences
    .map((d) => `  ${words[d.kind]}: ${d.code}${d.detail ? ` (${d.detail})` : ''}`)
    .map((line) => `${label}${line}`);
}

function check(args: string[]): number {
  const catalog = loadCatalog(CONTENT);
  const files = expand(args);
  if (files.length === 0) throw new UsageError('give at least one source file or folder to compare with the catalog');
  let differences = 0;
  const checked = new Set<string>();
  for (const { file, named } of files) {
    const text = readFileSync(file, 'utf8');
    const matches = sourcesOf(file, text, catalog);
    const shown = relative(process.cwd(), file) || file;
    if (matches.length === 0) {
      if (named)
        throw new UsageError(
          `${shown}: not a source of any facts list (neither a "path" nor an "identify" text of content/sources/ fits it)`,
        );
      console.log(`${shown}: skipped, not a source of any facts list`);
      continue;
    }
    // One file may be several sources (two enums of one file, each with its reader); texts that
    // identify one version of a file must single it out.
    if (matches.length > 1 && matches.some((m) => m.source.identify)) {
      throw new UsageError(
        `${shown}: matches several sources (${matches.map((m) => `${m.sdk}: ${m.source.title}`).join('; ')}); make their "identify" texts distinct`,
      );
    }
    const page = wordRuns(text.replace(/[`*_\\]/g, ''));
    const copied = new Set<string>();
    for (const { sdk, source } of matches) {
      checked.add(sourceKey(sdk, source));
      const found = readSource(text, source.reader, source.codes);
      const lines: string[] = [];
      if (found.length === 0) lines.push(`  the reader found no code in this file: has the page changed its layout?`);
      lines.push(...report('', compareCodes(source.codes, found)));
      // Copied wording is a property of the file: reported once per SDK, whichever source reads it.
      if (!copied.has(sdk)) {
        copied.add(sdk);
        for (const { code, text: prose } of proseOf(catalog, sdk))
          for (const run of sharedRuns(prose, page))
            lines.push(`  copied wording: ${code} shares "${run}" with the source`);
      }
      console.log(
        `${sdk} · ${source.title} · ${shown}: ${lines.length === 0 ? 'no difference' : `${lines.length} difference(s)`}`,
      );
      for (const line of lines) console.log(line);
      differences += lines.length;
    }
  }
  const unchecked = catalog.facts.flatMap(({ id, data }) =>
    data.sources.filter((s) => !checked.has(sourceKey(id, s))).map((s) => `${id} (${s.title})`),
  );
  if (unchecked.length) {
    console.log(`${unchecked.length} source(s) not given, so not checked:`);
    for (const line of unchecked) console.log(`  ${line}`);
  }
  console.log(
    differences === 0 ? 'The catalog matches its sources.' : `${differences} difference(s) from the sources.`,
  );
  return differences === 0 ? 0 : 1;
}

/** Prints the facts a source yields, to start or refresh an SDK's facts list. */
function printFacts(sdk: string, file: string): number {
  const catalog = loadCatalog(CONTENT);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const text = readFileSync(file, 'utf8');
  const source = sourcesOf(file, text, catalog).find((match) => match.sdk === sdk)?.source;
  if (!source) throw new UsageError(`${file}: not a source of the facts list of ${sdk}`);
  console.log(stringify(readSource(text, source.reader, source.codes), { lineWidth: 0 }));
  return 0;
}

try {
  const args = process.argv.slice(2);
  process.exitCode = args[0] === '--facts' ? printFacts(args[1] ?? '', args[2] ?? '') : check(args);
} catch (error) {
  if (error instanceof UsageError || error instanceof CatalogError) {
    console.error(`check:sources: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}

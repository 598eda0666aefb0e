/**
 * Writes vendor-like source pages from the facts lists, so that the drift check can be
 * tested inside the repository: the vendor pages themselves are not part of it. A page
 * holds the source's identifying line, then one Markdown table per section in the layout
 * the source's reader expects.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Catalog } from '../../src/lib/catalog/load';
import type { FactCode, FactSource } from '../../src/schemas';

function messagesCell(code: FactCode, source: FactSource): string {
  if (source.reader.kind === 'markdown-table' && source.reader.messageList === 'numbered')
    return code.messages.map((m, i) => `\`${i + 1}\` ${m}`).join('');
  return code.messages[0] ?? '';
}

export function renderSourcePage(source: FactSource, codes: FactCode[] = source.codes): string {
  const { reader } = source;
  if (reader.kind === 'markdown-list')
    return `${source.identify ?? ''}\n\n## ${reader.heading}\n\n${codes.map((code) => `- \`${code.constant}\``).join('\n')}\n`;
  if (reader.kind === 'enum') {
    // Numbered members with their number, string members with a string value; messages in comments.
    const members = codes.map((code) => {
      const name =
        reader.identifier === 'value' ? code.constant.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase() : code.constant;
      const value = code.number !== undefined ? String(code.number) : JSON.stringify(code.constant);
      return `  ${name} = ${value}, ${code.messages.map((m) => `// ${m}`).join(' ')}`;
    });
    const excluded = reader.exclude.map((name) => `  ${name} = ${JSON.stringify(name)},`);
    return `// ${source.identify ?? ''}\nexport enum ${reader.name} {\n${[...members, ...excluded].join('\n')}\n}\n`;
  }
  if (reader.kind === 'contains')
    return `${source.identify ?? ''}\n${codes.flatMap((code) => [code.constant, ...code.messages.map((m) => JSON.stringify(m))]).join('\n')}\n`;
  const columns = [reader.number, reader.constant, ...(reader.messages ? [reader.messages] : [])];
  const withMessages = !!reader.messages;
  const sections = [...new Set(codes.map((code) => code.section))];
  const tables = sections.map((section) => {
    const rows = codes
      .filter((code) => code.section === section)
      .map((code) =>
        [String(code.number), code.constant, ...(withMessages ? [messagesCell(code, source)] : [])].join(' | '),
      );
    return [
      `## ${section}`,
      '',
      `| ${columns.join(' | ')} |`,
      `| ${columns.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r} |`),
    ].join('\n');
  });
  return `${source.identify ?? ''}\n\nA page written for tests.\n\n${tables.join('\n\n')}\n`;
}

/**
 * A folder with one rendered page per source of every facts list; returns its path. Sources
 * of one facts list that share a path (two enums of one file) are rendered into one file.
 */
export function writeSourcePages(catalog: Catalog, change?: (sdk: string, codes: FactCode[]) => FactCode[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
  const pages = new Map<string, string[]>();
  catalog.facts.forEach(({ id, data }, i) =>
    data.sources.forEach((source, j) => {
      const codes = change ? change(id, [...source.codes]) : source.codes;
      // A source known by its path in its repository is written at that path.
      const file = source.path ? join(dir, String(i), source.path) : join(dir, `${i}-${j}`, 'page.md');
      pages.set(file, [...(pages.get(file) ?? []), renderSourcePage(source, codes)]);
    }),
  );
  for (const [file, parts] of pages) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, parts.join('\n'));
  }
  return dir;
}

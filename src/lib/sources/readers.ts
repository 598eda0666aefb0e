/**
 * Readers that extract an SDK's facts (numbers, constants, sections, runtime messages)
 * from a vendor source file, for the drift check. Each reader is pure: text in, codes out.
 * They read only identities and messages, never the vendor's explanations.
 */
import { sourceReaderSchema, type SourceReader, type SourceReaderInput } from '../../schemas';

/** A code as a source states it. */
export interface SourceCode {
  set?: string;
  number?: number;
  constant: string;
  section: string;
  messages: string[];
}

/** Markdown cell text without links, escapes, emphasis, tags or code ticks. */
function cleanCell(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\_/g, '_')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The heading that governs a table: the last Markdown heading before it. Pages flattened
 * onto one line (Zoom's) run the heading into the next paragraph, so a heading that starts
 * with a section the facts list already knows is cut there.
 */
function headingBefore(text: string, knownSections: string[]): string {
  // A heading ends at the line's end or, on a one-line page, where the next heading starts.
  const headings = [...text.matchAll(/(?:^|\s)#{1,6} ((?:(?!\s#{1,6}\s)[^\n])+)/g)];
  const last = headings.at(-1);
  if (!last) return '';
  const line = cleanCell(last[1].replace(/<a\b[^>]*>.*?<\/a>/g, ''));
  const known = knownSections
    .filter((section) => line === section || line.startsWith(`${section} `))
    .sort((a, b) => b.length - a.length)[0];
  if (known) return known;
  // An unknown heading on a one-line page: its first words, enough to name it in a report.
  return text.includes('\n') ? line : line.split(' ').slice(0, 8).join(' ');
}

function splitMessages(cell: string, list: 'single' | 'numbered'): string[] {
  const trimmed = cell.trim();
  // A cell in italics is the vendor's remark about the message, not a message.
  if (!trimmed || /^_[^_].*_$/.test(trimmed)) return [];
  if (list === 'numbered') {
    return trimmed.split(/`\d+`/).map(cleanCell).filter(Boolean);
  }
  return [cleanCell(trimmed)];
}

/** Reads every table of a Markdown page whose header has the reader's number and constant columns. */
function readMarkdownTables(
  text: string,
  reader: Extract<SourceReader, { kind: 'markdown-table' }>,
  knownSections: string[],
): SourceCode[] {
  const out: SourceCode[] = [];
  // A delimiter row: cells of hyphens (one or more, as GitHub's Markdown allows), each with an optional colon at either end.
  for (const separator of text.matchAll(/(?:\|\s*:?-+:?\s*)+\|/g)) {
    const columns = (separator[0].match(/-+/g) ?? []).length;
    const before = text.slice(0, separator.index).split('|');
    if (before.length < columns + 2) continue;
    const header = before.slice(-(columns + 1), -1).map(cleanCell);
    const numberAt = header.indexOf(reader.number);
    const constantAt = header.indexOf(reader.constant);
    const messagesAt = reader.messages ? header.indexOf(reader.messages) : -1;
    if (numberAt < 0 || constantAt < 0) continue;
    const section = headingBefore(before.slice(0, -(columns + 1)).join('|'), knownSections);
    const pieces = text.slice(separator.index + separator[0].length).split('|');
    // Rows follow as `| c1 | … | cN |`, separated by white space only; anything else ends the table.
    for (let i = 0; i + columns < pieces.length && /^\s*$/.test(pieces[i]); i += columns + 1) {
      const cells = pieces.slice(i + 1, i + 1 + columns);
      const number = cleanCell(cells[numberAt]);
      const constant = cleanCell(cells[constantAt]);
      if (!/^-?\d+$/.test(number) || !constant) continue;
      out.push({
        number: Number(number),
        constant,
        section,
        messages: messagesAt >= 0 ? splitMessages(cells[messagesAt], reader.messageList) : [],
      });
    }
  }
  return out;
}

/** Reads the items of the list under one heading: "- `Name`", one code each. */
function readMarkdownList(text: string, heading: string): SourceCode[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^(#{1,6})\\s+${escapeRegExp(heading)}\\s*$`).test(line.trim()));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start].trim())![0].length;
  const out: SourceCode[] = [];
  for (const line of lines.slice(start + 1)) {
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading && heading[1].length <= level) break;
    const item = /^- `([^`]+)`/.exec(line);
    if (item) out.push({ constant: item[1], section: cleanCell(lines[start].replace(/^#+/, '')), messages: [] });
  }
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stated facts that the source still holds verbatim. Source code escapes quotes in its
 * strings (`\"display-capture\"`), so those are read unescaped.
 */
function readContained(
  text: string,
  reader: Extract<SourceReader, { kind: 'contains' }>,
  stated: SourceCode[],
): SourceCode[] {
  const quotes = quotedIn(text);
  return stated
    .filter((code) => !reader.names || quotes(code.constant))
    .map((code) => ({ ...code, messages: code.messages.filter(quotes) }));
}

/** Whether source code quotes a text verbatim, reading escaped quotes (`\"display-capture\"`) as plain ones. */
function quotedIn(text: string): (fact: string) => boolean {
  const plain = text.replace(/\\(["'])/g, '$1');
  return (fact) => plain.includes(fact);
}

/** Source code without its comments, strings kept. */
function withoutComments(text: string): string {
  return text.replace(
    /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (match, literal) => literal ?? ' ',
  );
}

/** The body of the first `enum <name>` block, between its braces. */
function enumBody(text: string, name: string): string | undefined {
  const name_ = escapeRegExp(name);
  // `enum Name {`, `enum class Name {`, and Objective-C's `typedef NS_ENUM(NSInteger, Name) {`.
  const head = new RegExp(
    `(?:\\benum\\s+(?:class\\s+)?${name_}\\b[^{;]*|\\bNS_(?:ERROR_)?ENUM\\s*\\([^,)]*,\\s*${name_}\\s*\\)\\s*)\\{`,
  ).exec(text);
  if (!head) return undefined;
  let depth = 1;
  for (let i = head.index + head[0].length; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(head.index + head[0].length, i);
  }
  return undefined;
}

/**
 * Splits at commas, semicolons and line ends outside brackets and strings. Unless every
 * member ends with a semicolon (`statements`, Protocol Buffers), a semicolon ends the list,
 * as in Java, where fields and methods follow the constants.
 */
function topLevelItems(body: string, statements = false): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of body) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      if (ch === ';' && !statements && current.trim() && !/^case\b/.test(current.trim())) {
        // Java: the constants end at the first semicolon.
        items.push(current, ';');
        current = '';
        continue;
      }
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}

/** The members of an enum in source code, with their numbers or string values. */
function readEnum(
  text: string,
  reader: Extract<SourceReader, { kind: 'enum' }>,
  stated: { constant: string; messages: string[] }[],
): SourceCode[] {
  // Messages are not enum members; those stated that the file quotes (as a class's message) count.
  const quotes = quotedIn(text);
  const messagesOf = (constant: string) =>
    (stated.find((code) => code.constant === constant)?.messages ?? []).filter(quotes);
  const body = enumBody(withoutComments(text), reader.name);
  if (body === undefined) return [];
  const out: SourceCode[] = [];
  let next = 0;
  for (const item of topLevelItems(body, reader.separator === ';')) {
    if (item === ';') break;
    const member = /^(?:case\s+)?(?:@\w+(?:\([^)]*\))?\s+)*([A-Za-z_$][\w$]*)\s*(?:=\s*(.+)|\(\s*(.+?)\s*\))?$/.exec(
      item,
    );
    if (!member) continue;
    const [, name, assigned, argument] = member;
    const raw = (assigned ?? argument)?.trim();
    let number: number | undefined;
    let value: string | undefined;
    if (raw === undefined) number = next;
    else if (/^-?(?:0x[0-9a-f]+|\d+)$/i.test(raw)) number = Number(raw);
    else if (argument !== undefined && /^-?\d+\s*,/.test(raw)) number = Number(/^-?\d+/.exec(raw)![0]);
    else if (/^(["'`]).*\1$/.test(raw)) value = raw.slice(1, -1);
    if (number !== undefined) next = number + 1;
    if (reader.exclude.includes(name)) continue;
    const constant = reader.identifier === 'value' && value !== undefined ? value : name;
    out.push({
      constant,
      ...(number !== undefined && reader.key !== 'name' ? { number } : {}),
      section: reader.name,
      messages: messagesOf(constant),
    });
  }
  return out;
}

/**
 * Extracts the codes of one source file with its reader. `stated` is what the facts list
 * says of this source: table readers use its sections to read one-line pages, and the
 * `contains` reader checks exactly those facts.
 */
export function readSource(
  text: string,
  written: SourceReaderInput,
  stated: (Omit<SourceCode, 'number'> & { number?: number })[] = [],
): SourceCode[] {
  const reader: SourceReader = sourceReaderSchema.parse(written);
  const found = ((): SourceCode[] => {
    switch (reader.kind) {
      case 'markdown-table':
        return readMarkdownTables(text, reader, [...new Set(stated.map((code) => code.section))]);
      case 'markdown-list':
        return readMarkdownList(text, reader.heading);
      case 'contains':
        return readContained(text, reader, stated);
      case 'enum':
        return readEnum(text, reader, stated);
    }
  })();
  // A source does not say which of the SDK's code sets a code is in; the facts list does.
  return found.map((code) => {
    if (code.set) return code;
    const set = stated.find((c) => c.constant === code.constant && c.number === code.number)?.set;
    return set ? { ...code, set } : code;
  });
}

/**
 * The handling examples are code that people copy: every one, for every code of the
 * catalog and of the fixture of every shape, must parse in its language. Each is parsed
 * with the language's tree-sitter grammar (WebAssembly builds from tree-sitter-wasms), which
 * marks what it cannot parse as an error node.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { beforeAll, describe, expect, test } from 'vitest';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { firstSentence, handlingExample } from '../../src/lib/handling';
import { HANDLING_LANGUAGES } from '../../src/schemas';

const GRAMMARS: Record<(typeof HANDLING_LANGUAGES)[number], string> = {
  javascript: 'javascript',
  jsx: 'javascript',
  typescript: 'typescript',
  tsx: 'tsx',
  swift: 'swift',
  'objective-c': 'objc',
  kotlin: 'kotlin',
  java: 'java',
  dart: 'dart',
  cpp: 'cpp',
  csharp: 'c_sharp',
};
const wasmDir = join(dirname(createRequire(import.meta.url).resolve('tree-sitter-wasms/package.json')), 'out');
const languages = new Map<string, Language>();
let parser: Parser;

beforeAll(async () => {
  await Parser.init();
  parser = new Parser();
  for (const grammar of new Set(Object.values(GRAMMARS)))
    languages.set(grammar, await Language.load(join(wasmDir, `tree-sitter-${grammar}.wasm`)));
});

/** The first spot the grammar could not parse, as "line:column near …", or undefined. */
function syntaxError(text: string, language: (typeof HANDLING_LANGUAGES)[number]): string | undefined {
  parser.setLanguage(languages.get(GRAMMARS[language])!);
  const tree = parser.parse(text)!;
  if (!tree.rootNode.hasError) return undefined;
  const walk = (node: Node): Node | undefined => {
    if (node.type === 'ERROR' || node.isMissing) return node;
    for (const child of node.children) {
      if (!child) continue;
      const found = child.hasError ? walk(child) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const bad = walk(tree.rootNode) ?? tree.rootNode;
  return `${bad.startPosition.row + 1}:${bad.startPosition.column + 1} near "${text.slice(bad.startIndex, bad.startIndex + 40)}"`;
}

describe('handling examples', () => {
  test('the checker itself rejects broken code in every language', () => {
    for (const language of HANDLING_LANGUAGES) expect(syntaxError('if (x == { ]', language), language).toBeDefined();
  });

  for (const dir of ['content', 'tests/fixtures/shapes']) {
    test(`every code of ${dir} has an example that parses in its SDK's language`, () => {
      const atlas = new Atlas(loadCatalog(dir));
      const broken: string[] = [];
      for (const code of atlas.codes) {
        const example = handlingExample(code, atlas.sdkOf(code));
        expect(example.text).not.toMatch(/\{\{\w+\}\}/);
        const error = syntaxError(example.text, example.language);
        if (error) broken.push(`${code.id} (${example.language}): ${error}\n${example.text}`);
      }
      expect(broken).toEqual([]);
    });
  }

  test('each example compares the code itself and shows the start of its own reply', () => {
    const atlas = new Atlas(loadCatalog('content'));
    for (const code of atlas.codes) {
      const { text } = handlingExample(code, atlas.sdkOf(code));
      expect(text, code.id).toContain(code.number !== undefined ? String(code.number) : JSON.stringify(code.constant));
      expect(text, code.id).toContain(JSON.stringify(firstSentence(code.userReply.replace(/`/g, ''))).slice(0, 20));
    }
  });

  test('the first sentence of a reply ends at its first full stop before a new sentence', () => {
    expect(firstSentence('The room is full. Try again later.')).toBe('The room is full.');
    expect(firstSentence('Open the app (v2.1) again. Then retry.')).toBe('Open the app (v2.1) again.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

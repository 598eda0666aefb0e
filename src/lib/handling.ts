/**
 * Handling examples: how an app branches on one code and what it tells the user, in its
 * SDK's language, made from the template of the SDK or of the code's set (`handling` in
 * sdks.yaml). The examples are code that people copy: tests/unit/handling.test.ts parses
 * every one of them.
 */
import type { CodeEntry, Handling, Sdk } from '../schemas';
import { codeLabel } from './ids';
import { plainText } from './inline';

/** How each language of a handling example is named to readers; every language offered has one. */
export const LANGUAGE_NAMES: Record<Handling['language'], string> = {
  javascript: 'JavaScript',
  jsx: 'React (JSX)',
  typescript: 'TypeScript',
  tsx: 'React (TSX)',
  swift: 'Swift',
  'objective-c': 'Objective-C',
  kotlin: 'Kotlin',
  java: 'Java',
  dart: 'Dart',
  cpp: 'C++',
  csharp: 'C#',
};

/** The first sentence of a text: the part of a reply an app can show in a notice. */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=["“A-Z0-9])/)[0].trim();
}

/** The template that applies to a code: its set's, else its SDK's. */
export function handlingOf(code: Pick<CodeEntry, 'set'>, sdk: Pick<Sdk, 'handling' | 'codeSets'>): Handling {
  return sdk.codeSets.find((set) => set.id === code.set)?.handling ?? sdk.handling;
}

/** A code's handling example: its language and its text. */
export function handlingExample(
  code: Pick<CodeEntry, 'set' | 'number' | 'constant' | 'userReply'>,
  sdk: Pick<Sdk, 'handling' | 'codeSets'>,
): { language: Handling['language']; text: string } {
  const handling = handlingOf(code, sdk);
  // String literals as JSON writes them are valid in every language offered (with a leading @ in Objective-C).
  const values: Record<string, string> = {
    value: code.number !== undefined ? String(code.number) : JSON.stringify(code.constant),
    constant: code.constant,
    label: codeLabel(code),
    reply: JSON.stringify(firstSentence(plainText(code.userReply))),
  };
  return {
    language: handling.language,
    text: handling.template.replace(/\{\{(value|constant|label|reply)\}\}/g, (_, key: string) => values[key]),
  };
}

import { describe, expect, test } from 'vitest';
import { markMatches, stem } from '../../src/lib/search/highlight';

const marked = (text: string, words: string[]) =>
  markMatches(text, words)
    .filter((piece) => piece.match)
    .map((piece) => piece.text);

describe('marking the words a query matched', () => {
  test('a word matches its other forms and longer words it starts', () => {
    expect(
      marked('The camera is blocked; blocks stay until the user joins or joining ends.', ['blocked', 'join']),
    ).toEqual(['blocked', 'blocks', 'joins', 'joining']);
  });

  test('short words match only themselves, and case does not count', () => {
    expect(marked('The OS denied it; osmosis and Token too.', ['os', 'token'])).toEqual(['OS', 'Token']);
  });

  test('the pieces put back together are the text, unchanged', () => {
    const text = 'Permission denied: “camera” (NotAllowedError), again.';
    expect(
      markMatches(text, ['camera', 'denied'])
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });

  test('no words, nothing marked', () => {
    expect(marked('Anything at all.', [])).toEqual([]);
  });

  test('a stem keeps at least three letters', () => {
    expect(stem('uses')).toBe('use');
    expect(stem('is')).toBe('is');
    expect(stem('Denied')).toBe('deni');
  });
});

/** Rules of CONTRIBUTING.md that a test can hold the whole catalog to. */
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load';

const catalog = loadCatalog('content');
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);

describe('end-user replies', () => {
  test('no reply sentence is shared by more than three codes: each reply is written for its code', () => {
    const codesBySentence = new Map<string, Set<string>>();
    for (const { id, data } of catalog.codes)
      for (const sentence of sentences(data.userReply))
        codesBySentence.set(sentence, (codesBySentence.get(sentence) ?? new Set()).add(id));
    const shared = [...codesBySentence].filter(([, ids]) => ids.size > 3).map(([s, ids]) => `${ids.size}× "${s}"`);
    expect(shared).toEqual([]);
  });

  test('a reply never promises that simply trying again helps when only a fix can', () => {
    const promises = /\b(try again (later|in a|shortly|soon)|a little later|in a moment|wait a (moment|minute|bit))\b/i;
    const broken = catalog.codes
      .filter(({ data }) => data.retry === 'after-fix' && promises.test(data.userReply))
      .map(({ id, data }) => `${id}: ${data.userReply}`);
    expect(broken).toEqual([]);
  });
});

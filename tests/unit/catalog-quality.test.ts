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

describe('concepts', () => {
  const sdkOf = (code: string) => code.split('/').slice(0, 2).join('/');

  test('where a concept holds several codes of one SDK, each has a note that tells it apart from the others', () => {
    const missing: string[] = [];
    const repeated: string[] = [];
    for (const { id, data } of catalog.concepts) {
      const perSdk = new Map<string, number>();
      for (const member of data.members) perSdk.set(sdkOf(member.code), (perSdk.get(sdkOf(member.code)) ?? 0) + 1);
      const rivals = data.members.filter((member) => (perSdk.get(sdkOf(member.code)) ?? 0) > 1);
      for (const member of rivals) if (!member.note?.trim()) missing.push(`${id}: ${member.code}`);
      // Within one SDK, notes that read alike tell nothing apart (twins on other platforms may share one).
      const seen = new Set<string>();
      for (const member of rivals) {
        const key = `${sdkOf(member.code)} ${member.note?.trim()}`;
        if (member.note && seen.has(key)) repeated.push(`${id}: ${member.code}: "${member.note.trim()}"`);
        seen.add(key);
      }
    }
    expect(missing).toEqual([]);
    expect(repeated).toEqual([]);
  });
});

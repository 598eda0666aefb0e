import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load';
import { SEED_FILES, seedCodes, seedPlainText } from '../support/seeds';

const catalog = loadCatalog('content');

describe('the catalog against its vendor sources', () => {
  test('every SDK of the catalog has a seed page, and every seed page an SDK', () => {
    expect(catalog.sdks.map((sdk) => sdk.id).sort()).toEqual(Object.keys(SEED_FILES).sort());
  });

  for (const sdk of Object.keys(SEED_FILES)) {
    test(`${sdk}: every code of the vendor page is in the catalog with its exact constant, and none is invented`, () => {
      const fromSeed = seedCodes(sdk).map((c) => `${c.number} ${c.constant}`);
      const fromCatalog = catalog.codes
        .filter((code) => `${code.data.vendor}/${code.data.sdk}` === sdk)
        .sort((a, b) => a.data.position - b.data.position)
        .map((code) => `${code.data.number} ${code.data.constant}`);
      expect(fromSeed.length).toBeGreaterThan(0);
      expect(fromCatalog).toEqual(fromSeed);
    });

    test(`${sdk}: every runtime message is quoted verbatim from the vendor page`, () => {
      const page = seedPlainText(sdk);
      const messages = catalog.codes
        .filter((code) => `${code.data.vendor}/${code.data.sdk}` === sdk)
        .flatMap((code) => code.data.messages);
      for (const message of messages)
        expect(page, `message not on the vendor page: ${message}`).toContain(message.replace(/\s+/g, ' '));
    });
  }

  test('explanations are written in our own words: no run of 8 words is copied from a vendor page', () => {
    const RUN = 8;
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const runs = (text: string) => {
      const w = words(text);
      return new Set(w.slice(0, Math.max(0, w.length - RUN + 1)).map((_, i) => w.slice(i, i + RUN).join(' ')));
    };
    const copied: string[] = [];
    for (const sdk of Object.keys(SEED_FILES)) {
      const vendorRuns = runs(seedPlainText(sdk));
      for (const code of catalog.codes.filter((c) => `${c.data.vendor}/${c.data.sdk}` === sdk)) {
        const d = code.data;
        // Messages are quoted on purpose; every other text is ours.
        const prose = [
          d.summary,
          d.description,
          d.retryNote,
          d.userReply,
          ...d.causes,
          ...d.fix,
          ...d.symptoms,
          ...d.notes,
        ].map((text) => d.messages.reduce((t, message) => t.replace(message, ' '), text));
        for (const text of prose)
          for (const run of runs(text)) if (vendorRuns.has(run)) copied.push(`${code.id}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});

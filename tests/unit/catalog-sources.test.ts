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
      const messages = catalog.codes.filter((code) => `${code.data.vendor}/${code.data.sdk}` === sdk).flatMap((code) => code.data.messages);
      for (const message of messages) expect(page, `message not on the vendor page: ${message}`).toContain(message.replace(/\s+/g, ' '));
    });
  }

});

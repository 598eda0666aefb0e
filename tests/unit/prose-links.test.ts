import { describe, expect, test } from 'vitest';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { linkCodes } from '../../src/lib/prose-links';

const atlas = new Atlas(loadCatalog('content'));
const href = (code: { id: string }) => `/${code.id}/`;
const links = (id: string, text: string) =>
  linkCodes(text, atlas.resolverFor(atlas.code(id), href))
    .filter((part) => part.href)
    .map((part) => [part.value, part.href]);

describe('codes mentioned in prose become links', () => {
  test('a bare number of the same SDK links to that code', () => {
    expect(links('zoom/cobrowse/1008', 'Unlike 1006, and unlike 1009.')).toEqual([
      ['1006', '/zoom/cobrowse/1006/'],
      ['1009', '/zoom/cobrowse/1009/'],
    ]);
  });

  test("a number after an SDK or vendor name links to that SDK's code", () => {
    expect(links('videosdk/react/4009', 'Compare Zoom Cobrowse 1012 and Sceenic Web 206.')).toEqual([
      ['Zoom Cobrowse 1012', '/zoom/cobrowse/1012/'],
      ['Sceenic Web 206', '/sceenic/web/206/'],
    ]);
  });

  test('a constant in code quotes links when one code of the SDK has it', () => {
    expect(links('zoom/cobrowse/1006', 'The page names `SESSION_START_PIN_REQUIRED` instead.')).toEqual([
      ['SESSION_START_PIN_REQUIRED', '/zoom/cobrowse/1009/'],
    ]);
  });

  test('numbers that are no code, the code itself, versions and small counts stay text', () => {
    expect(links('zoom/cobrowse/1013', 'Up to 5 agents; 1013 itself; SDK 2.4.2; 1234 is nothing.')).toEqual([]);
  });
});

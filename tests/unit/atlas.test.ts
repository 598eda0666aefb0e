import { describe, expect, test } from 'vitest';
import { Atlas, constantStem } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';
import { codeNumbers } from '../../src/lib/ids';

const atlas = new Atlas(loadCatalog('content'));
const code = (id: string) => atlas.code(id);

describe('equivalences, declared once in concepts', () => {
  test('every equivalence holds in both directions', () => {
    for (const c of atlas.codes) {
      for (const eq of atlas.equivalentsOf(c)) {
        const back = atlas.equivalentsOf(eq.code).map((e) => e.code.id);
        expect(back, `${eq.code.id} does not link back to ${c.id}`).toContain(c.id);
      }
    }
  });

  test('"session full" groups Sceenic 206 on all three platforms, VideoSDK 4009 and Zoom 1012, and says how 1013 relates', () => {
    const members = atlas.membersOf(atlas.concept('session-full'));
    const byId = new Map(members.map((m) => [m.code.id, m]));
    for (const id of [
      'sceenic/web/206',
      'sceenic/ios-swift/206',
      'sceenic/ios-objc/206',
      'videosdk/react/4009',
      'zoom/cobrowse/1012',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('zoom/cobrowse/1013')?.relation).toBeDefined();
    expect(byId.get('zoom/cobrowse/1013')?.note).toBeTruthy();
  });

  test('VideoSDK 4009 lists Sceenic 206 and Zoom 1012 among its equivalents, and they list it', () => {
    const of4009 = atlas.equivalentsOf(code('videosdk/react/4009')).map((e) => e.code.id);
    expect(of4009).toEqual(expect.arrayContaining(['sceenic/web/206', 'zoom/cobrowse/1012']));
    expect(atlas.equivalentsOf(code('zoom/cobrowse/1012')).map((e) => e.code.id)).toContain('videosdk/react/4009');
  });

  test('a code of no concept has no equivalents', () => {
    const lonely = atlas.codes.find((c) => atlas.conceptsOf(c).length === 0);
    expect(lonely).toBeDefined();
    expect(atlas.equivalentsOf(lonely!)).toEqual([]);
  });

  test('every concept links codes of at least two SDKs', () => {
    for (const concept of atlas.concepts) {
      const sdks = new Set(atlas.membersOf(concept).map((m) => atlas.sdkOf(m.code).id));
      expect(sdks.size, concept.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('numbers', () => {
  test('codes with one number are found across SDKs', () => {
    const sceenic = (number: number) =>
      atlas
        .codesWithNumber(number)
        .filter((c) => c.vendor === 'sceenic')
        .map((c) => c.id);
    expect(sceenic(206)).toEqual(['sceenic/web/206', 'sceenic/ios-swift/206', 'sceenic/ios-objc/206']);
    expect(sceenic(-1)).toEqual(['sceenic/ios-swift/-1', 'sceenic/ios-objc/-1']);
    // Every code that carries the number is found, whatever its SDK.
    for (const number of [206, 4009, 401]) {
      const all = atlas.codes.filter((c) => codeNumbers(c).includes(number));
      expect(
        atlas
          .codesWithNumber(number)
          .map((c) => c.id)
          .sort(),
      ).toEqual(all.map((c) => c.id).sort());
    }
  });

  test('Sceenic 1101 is flagged as the same number with a different meaning; platform twins never clash', () => {
    const clashes = atlas.numberClashes();
    expect(clashes.map((c) => c.number)).toContain(1101);
    // One code on several platforms is one meaning: Sceenic's 206 on Web and iOS.
    expect(atlas.meanTheSame(atlas.codesWithNumber(206).filter((c) => c.vendor === 'sceenic'))).toBe(true);
    expect(atlas.meanTheSame(atlas.codesWithNumber(101).filter((c) => c.vendor === 'sceenic'))).toBe(true);
    // A number is a clash only when its codes do not all mean the same.
    for (const { codes } of clashes) expect(atlas.meanTheSame(codes)).toBe(false);
  });

  test('constant stems ignore case, separators and an error/code suffix', () => {
    expect(constantStem('SESSION_IS_FULL_ERROR_CODE')).toBe(constantStem('sessionIsFull'));
    expect(constantStem('USER_CLOSED_ERROR_CODE')).toBe(constantStem('userClosedError'));
    expect(constantStem('TOKEN_DATA_IS_NOT_VALID')).not.toBe(constantStem('invalidToken'));
  });
});

describe('ordering', () => {
  test('codes keep the vendor table order within an SDK', () => {
    const react = atlas.codesOf(atlas.sdk('videosdk/react')).map((c) => c.number);
    expect(react[0]).toBe(4001);
    expect(react.indexOf(5001)).toBeLessThan(react.indexOf(3011));
  });

  test('every code belongs to a group of its SDK and a category', () => {
    for (const c of atlas.codes) {
      expect(atlas.groupOf(c).id).toBe(c.group);
      expect(atlas.category(c.category).id).toBe(c.category);
    }
  });
});

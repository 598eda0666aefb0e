import { afterEach, describe, expect, test, vi } from 'vitest';
import { basePath, pagePath, urls } from '../../src/lib/urls';

afterEach(() => vi.unstubAllEnvs());

describe('URLs', () => {
  test('a code page is /{vendor}/{sdk}/{number}/, negative numbers included', () => {
    expect(urls.code({ vendor: 'videosdk', sdk: 'react', number: 4009 })).toBe('/videosdk/react/4009/');
    expect(urls.code({ vendor: 'sceenic', sdk: 'ios-swift', number: -1 })).toBe('/sceenic/ios-swift/-1/');
  });

  test('every URL honours a base path, with or without slashes', () => {
    for (const base of ['/errors', '/errors/', 'errors']) {
      vi.stubEnv('BASE_URL', base);
      expect(basePath()).toBe('/errors/');
      expect(urls.code({ vendor: 'zoom', sdk: 'cobrowse', number: 1012 })).toBe('/errors/zoom/cobrowse/1012/');
      expect(urls.home()).toBe('/errors/');
      expect(urls.apiFile('codes.json')).toBe('/errors/api/v1/codes.json');
    }
  });

  test('segments are encoded and search queries escaped', () => {
    expect(pagePath('a b', 'c/d')).toBe('/a%20b/c%2Fd/');
    expect(urls.search('pin & "conflict"')).toBe('/search/?q=pin%20%26%20%22conflict%22');
  });

  test('section links point at the stable ids of a code page', () => {
    expect(urls.codeSection({ vendor: 'videosdk', sdk: 'react', number: 4009 }, 'fix')).toBe(
      '/videosdk/react/4009/#fix',
    );
  });
});

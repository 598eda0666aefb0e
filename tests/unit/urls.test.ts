import { afterEach, describe, expect, test, vi } from 'vitest';
import { basePath, pagePath, urls } from '../../src/lib/urls';
import { codeKey, spellingKey } from '../../src/lib/ids';

afterEach(() => vi.unstubAllEnvs());

describe('URLs', () => {
  test('a code page is /{vendor}/{sdk}/{key}/: its number, negative numbers included', () => {
    expect(urls.code({ vendor: 'videosdk', sdk: 'react', key: codeKey({ number: 4009, constant: 'X' }, {}) })).toBe(
      '/videosdk/react/4009/',
    );
    expect(urls.code({ vendor: 'sceenic', sdk: 'ios-swift', key: codeKey({ number: -1, constant: 'X' }, {}) })).toBe(
      '/sceenic/ios-swift/-1/',
    );
  });

  test('a string code lives at its identifier as a readable slug, from any of its spellings', () => {
    const key = (constant: string) => codeKey({ constant }, {});
    expect(key('NotAllowedError')).toBe('not-allowed-error');
    expect(key('UID_CONFLICT')).toBe('uid-conflict');
    expect(key('conference.max_users')).toBe('conference-max-users');
    expect(key('meeting-full')).toBe('meeting-full');
    expect(key('kicked by host')).toBe('kicked-by-host');
    expect(key('AudioJoinedFromAnotherDevice')).toBe('audio-joined-from-another-device');
    expect(key('ICEGatheringTimeoutWorkaround')).toBe('ice-gathering-timeout-workaround');
    expect(urls.code({ vendor: 'web', sdk: 'media-capture', key: key('NotAllowedError') })).toBe(
      '/web/media-capture/not-allowed-error/',
    );
  });

  test('the code set is in the path only where the set declares a segment, so colliding identifiers stay apart', () => {
    expect(codeKey({ number: 8, constant: 'CONNECTION_CHANGED_INVALID_TOKEN' }, { path: 'connection-changed' })).toBe(
      'connection-changed/8',
    );
    expect(codeKey({ number: 8, constant: 'ERR_INVALID_STATE' }, {})).toBe('8');
    expect(urls.code({ vendor: 'web', sdk: 'webrtc', key: 'ice-connection-state/failed' })).toBe(
      '/web/webrtc/ice-connection-state/failed/',
    );
    expect(urls.codeJson({ vendor: 'web', sdk: 'webrtc', key: 'ice-connection-state/failed' })).toBe(
      '/web/webrtc/ice-connection-state/failed.json',
    );
  });

  test('every spelling of an identifier gives one spelling key', () => {
    const spellings = [
      'UID_CONFLICT',
      'uid_conflict',
      'uid-conflict',
      'uidConflict',
      'UidConflict',
      'uid.conflict',
      'Uid Conflict',
    ];
    expect(new Set(spellings.map(spellingKey))).toEqual(new Set(['uidconflict']));
  });

  test('every URL honours a base path, with or without slashes', () => {
    for (const base of ['/errors', '/errors/', 'errors']) {
      vi.stubEnv('BASE_URL', base);
      expect(basePath()).toBe('/errors/');
      expect(urls.code({ vendor: 'zoom', sdk: 'cobrowse', key: '1012' })).toBe('/errors/zoom/cobrowse/1012/');
      expect(urls.home()).toBe('/errors/');
      expect(urls.apiFile('codes.json')).toBe('/errors/api/v1/codes.json');
    }
  });

  test('segments are encoded and search queries escaped', () => {
    expect(pagePath('a b', 'c/d')).toBe('/a%20b/c%2Fd/');
    expect(urls.search('pin & "conflict"')).toBe('/search/?q=pin%20%26%20%22conflict%22');
  });

  test('section links point at the stable ids of a code page', () => {
    expect(urls.codeSection({ vendor: 'videosdk', sdk: 'react', key: '4009' }, 'fix')).toBe(
      '/videosdk/react/4009/#fix',
    );
  });
});

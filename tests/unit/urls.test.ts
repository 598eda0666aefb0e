import { afterEach, describe, expect, test, vi } from 'vitest';
import { basePath, pagePath, urls } from '../../src/lib/urls';
import { codeKey, identifierBreaks, identifierSpellings, spellingKey, spellingPaths } from '../../src/lib/ids';

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

describe('paths that lead to a code from other spellings', () => {
  test('every common spelling of a name, and nothing that is not a path', () => {
    expect(identifierSpellings('NotAllowedError').sort()).toEqual(
      [
        'NOT_ALLOWED_ERROR',
        'NotAllowedError',
        'not-allowed-error',
        'not_allowed_error',
        'notAllowedError',
        'notallowederror',
      ].sort(),
    );
    expect(identifierSpellings('Allocation Quota Reached')).not.toContain('Allocation Quota Reached');
    expect(identifierSpellings('Allocation Quota Reached')).toContain('allocation-quota-reached');
  });

  test('a name one code claims forwards to it; a name several claim gets one page listing them, its other spellings forwarding there', () => {
    const codes = [
      { id: 'w/rtc/connection-state/failed', key: 'connection-state/failed', constant: 'failed', aliases: [] },
      { id: 'w/rtc/ice-state/failed', key: 'ice-state/failed', constant: 'failed', aliases: [] },
      { id: 'w/rtc/operation-error', key: 'operation-error', constant: 'OperationError', aliases: [] },
      { id: 'a/n/8', key: '8', number: 8, constant: 'ERR_INVALID_APP_ID', aliases: ['ErrInvalidAppId'] },
      { id: 'a/n/reason/8', key: 'reason/8', number: 8, constant: 'CONNECTION_CHANGED_INVALID_TOKEN', aliases: [] },
      { id: 'a/n/reason/9', key: 'reason/9', number: 9, constant: 'CONNECTION_CHANGED_TOKEN_EXPIRED', aliases: [] },
    ];
    const { redirects, choices } = spellingPaths(codes);
    expect(choices.get('failed')).toEqual(['w/rtc/connection-state/failed', 'w/rtc/ice-state/failed']);
    expect(redirects.get('FAILED')).toBe('failed');
    expect(redirects.has('failed')).toBe(false);
    expect(redirects.get('OPERATION_ERROR')).toBe('operation-error');
    expect(redirects.has('operation-error')).toBe(false);
    expect(redirects.get('ErrInvalidAppId')).toBe('8');
    // Error 8 has its own page at 8; reason 8 is reached by its names, reason 9 also by its bare number.
    expect(redirects.has('8')).toBe(false);
    expect(choices.has('8')).toBe(false);
    expect(redirects.get('9')).toBe('reason/9');
  });

  test('a name as the vendor writes it outranks the same words spelled from another name', () => {
    const { redirects, choices } = spellingPaths([
      { id: 'v/v/1010', key: '1010', number: 1010, constant: 'OTNotConnected', aliases: [] },
      { id: 'v/v/ot-not-connected', key: 'ot-not-connected', constant: 'OT_NOT_CONNECTED', aliases: [] },
    ]);
    expect(redirects.get('OT_NOT_CONNECTED')).toBe('ot-not-connected');
    expect(redirects.get('OTNotConnected')).toBe('1010');
    // Spelled as neither writes it, the words are both codes': the one whose page is at their slug takes them,
    // and elsewhere a list where the path is free.
    expect(redirects.get('ot_not_connected')).toBe('ot-not-connected');
    expect(choices.get('otnotconnected')).toEqual(['v/v/1010', 'v/v/ot-not-connected']);
  });
});

describe('where an identifier may wrap', () => {
  test('after _ . - and / and before a word that starts with a capital, and nowhere else', () => {
    expect(identifierBreaks('ERROR_GET_VIDEO_MEDIA_PERMISSION_DENIED')).toEqual([
      'ERROR_',
      'GET_',
      'VIDEO_',
      'MEDIA_',
      'PERMISSION_',
      'DENIED',
    ]);
    expect(identifierBreaks('TVIErrorRoomMaxParticipantsExceededError')).toEqual([
      'TVI',
      'Error',
      'Room',
      'Max',
      'Participants',
      'Exceeded',
      'Error',
    ]);
    expect(identifierBreaks('conference.max_users')).toEqual(['conference.', 'max_', 'users']);
    expect(identifierBreaks('meeting-full')).toEqual(['meeting-', 'full']);
    expect(identifierBreaks('failed')).toEqual(['failed']);
    for (const id of ['SESSION_IS_FULL_ERROR_CODE', 'errInvalidToken', 'Allocation Quota Reached'])
      expect(identifierBreaks(id).join('')).toBe(id);
  });
});

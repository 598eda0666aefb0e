import { describe, expect, test } from 'vitest';
import {
  messageHash,
  messageKey,
  messageKeys,
  codeKeys,
  codeTokens,
  exactToken,
  expandWord,
  identifierKey,
  identifierKeys,
  parseQuery,
  sdkHintTerms,
  splitIdentifier,
} from '../../src/lib/search/query';

const hints = [
  {
    sdk: 'sceenic/ios-swift',
    terms: sdkHintTerms({ vendor: 'sceenic', shortName: 'Sceenic iOS Swift', receive: { api: 'WTError' } }, 'Sceenic'),
  },
  {
    sdk: 'sceenic/web',
    terms: sdkHintTerms(
      { vendor: 'sceenic', shortName: 'Sceenic Web', receive: { api: 'onSessionError(fn)' } },
      'Sceenic',
    ),
  },
  {
    sdk: 'zoom/cobrowse',
    terms: sdkHintTerms(
      { vendor: 'zoom', shortName: 'Zoom Cobrowse', receive: { api: 'session.on("session_error")' } },
      'Zoom',
    ),
  },
  {
    sdk: 'videosdk/react',
    terms: sdkHintTerms(
      { vendor: 'videosdk', shortName: 'VideoSDK React', receive: { api: 'useMeeting({ onError })' } },
      'VideoSDK.live',
    ),
  },
];

describe('identifiers in every spelling', () => {
  test('snake case, camel case and screaming case split into the same words', () => {
    expect(splitIdentifier('SESSION_IS_FULL')).toEqual(['session', 'is', 'full']);
    expect(splitIdentifier('sessionIsFull')).toEqual(['session', 'is', 'full']);
    expect(splitIdentifier('session_is_full')).toEqual(['session', 'is', 'full']);
    expect(splitIdentifier('WTError')).toEqual(['wt', 'error']);
  });

  test('every spelling of a constant gives one key, with and without its error/code suffix', () => {
    expect(identifierKey('SESSION_IS_FULL')).toBe(identifierKey('sessionIsFull'));
    expect(identifierKeys('SESSION_IS_FULL_ERROR_CODE')).toEqual([
      'sessionisfullerrorcode',
      'sessionisfull',
      'sessionisfullerror',
    ]);
  });

  test('a code is found by its aliases too, such as a corrected typo', () => {
    expect(codeKeys({ constant: 'MAX_PARTCIPANT_REACHED', aliases: [{ name: 'MAX_PARTICIPANT_REACHED' }] })).toContain(
      'maxparticipantreached',
    );
  });
});

describe('parsing what users paste', () => {
  test('bare numbers, negative numbers and numbers in ticket phrasing', () => {
    expect(parseQuery('4009').numbers).toEqual([4009]);
    expect(parseQuery('-1').numbers).toEqual([-1]);
    expect(parseQuery('error 1012').numbers).toEqual([1012]);
    expect(parseQuery('code: 206').numbers).toEqual([206]);
  });

  test('numbers inside JSON payloads and log lines', () => {
    expect(parseQuery('{"code":4009,"message":"You have reached max partcipant limit in a meeting."}').numbers).toEqual(
      [4009],
    );
    expect(parseQuery('WTError code=206').numbers).toEqual([206]);
    expect(parseQuery('session_error {code: 1012}').numbers).toEqual([1012]);
  });

  test('version numbers and words with digits are not codes', () => {
    expect(parseQuery('sdk v2.3.1 on ios17').numbers).toEqual([]);
  });

  test('constants are recognised in any spelling', () => {
    expect(parseQuery('SESSION_IS_FULL_ERROR_CODE').keys).toContain('sessionisfullerrorcode');
    expect(parseQuery('sessionIsFull').keys).toContain('sessionisfull');
    expect(parseQuery('got session_is_full again').keys).toContain('sessionisfull');
  });

  test('a dotted path is a name whole and by its parts: an enum member written with its enum', () => {
    const { keys } = parseQuery('audioVideoDidStop MeetingSessionStatusCode.AudioCallAtCapacity');
    expect(keys).toContain('audiocallatcapacity');
    expect(keys).toContain('meetingsessionstatuscodeaudiocallatcapacity');
    expect(parseQuery('conference.connectionError.membersOnly').keys).toContain('conferenceconnectionerrormembersonly');
  });

  test('the SDK a log line names is recognised', () => {
    expect(parseQuery('WTError code=206', hints).sdks).toEqual(['sceenic/ios-swift']);
    expect(parseQuery('session_error {code: 1012}', hints).sdks).toEqual(['zoom/cobrowse']);
    expect(parseQuery('VideoSDK 4009', hints).sdks).toEqual(['videosdk/react']);
    expect(parseQuery('Sceenic 206', hints).sdks.sort()).toEqual(['sceenic/ios-swift', 'sceenic/web']);
  });

  test("ordinary words of an SDK's name never name that SDK; its product and package words do", () => {
    const terms = sdkHintTerms(
      {
        vendor: 'stream',
        shortName: 'Stream Video',
        name: 'Stream Video SDK for JavaScript (@stream-io/video-client, used by the client library)',
        receive: { api: 'call.on("error")' },
      },
      'Stream',
    );
    expect(terms).toEqual(expect.arrayContaining(['stream', 'video', 'javascript', 'stream-io', 'video-client']));
    for (const ordinary of ['used', 'by', 'the', 'sdk', 'for', 'client', 'library'])
      expect(terms).not.toContain(ordinary);
  });

  test('filler words are dropped and meaningful words kept', () => {
    const { words } = parseQuery('customer says the call is at capacity, nobody else can get in');
    expect(words).toEqual(expect.arrayContaining(['call', 'capacity']));
    expect(words).not.toEqual(expect.arrayContaining(['the', 'nobody', 'else']));
  });

  test('everyday words expand to the catalog words', () => {
    expect(expandWord('webcam')).toEqual(['webcam', 'camera']);
    expect(expandWord('jwt')).toContain('token');
    expect(expandWord('camera')).toEqual(['camera']);
  });
});

describe('exact-match tokens on code pages', () => {
  test('a code page carries tokens for its number and every spelling of its names', () => {
    const tokens = codeTokens({
      number: 4009,
      constant: 'MAX_PARTCIPANT_REACHED',
      aliases: [{ name: 'MAX_PARTICIPANT_REACHED' }],
    });
    expect(tokens).toContain(exactToken.number(4009));
    expect(tokens).toContain(exactToken.name('maxpartcipantreached'));
    expect(tokens).toContain(exactToken.name('maxparticipantreached'));
    expect(tokens.every((token) => /^[a-z0-9]+$/.test(token))).toBe(true);
  });

  test('no number token is the start of another, so an exact number never matches a longer one', () => {
    const numbers = [-1, 1, 10, 30, 101, 300, 3000, 4009, -10];
    for (const a of numbers) {
      for (const b of numbers) {
        if (a !== b) expect(exactToken.number(b).startsWith(exactToken.number(a)), `${a} vs ${b}`).toBe(false);
      }
    }
  });
});

describe('runtime messages as exact matches', () => {
  test('a message and a log line quoting it share a key; case and punctuation do not count', () => {
    const message = 'dynamic key or token timeout';
    const line =
      'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: Dynamic key or token timeout';
    expect(messageKeys(line)).toContain(messageKey(message));
    expect(messageKeys('Session join failed due to an internal error.')).toEqual([
      'session join failed due to an internal error',
    ]);
    expect(messageKeys('NotReadableError: Could not start video source')).toContain('could not start video source');
  });

  test('one word, a number or a short fragment is never a message key', () => {
    expect(messageKeys('camera')).toEqual([]);
    expect(messageKeys('4009')).toEqual([]);
    expect(messageKeys('code: 206')).toEqual([]);
  });

  test('the hash is stable and differs between messages', () => {
    expect(messageHash('permission denied')).toBe(messageHash('permission denied'));
    expect(messageHash('permission denied')).not.toBe(messageHash('permission dismissed'));
    expect(messageHash('permission denied')).toMatch(/^[0-9a-z]+$/);
  });
});

test('a number that counts something is not read as a code', () => {
  expect(parseQuery('recording stopped on its own after exactly 2 hours').numbers).toEqual([]);
  expect(parseQuery('call fails with more than 50 participants').numbers).toEqual([]);
  expect(parseQuery('[SignalDisconnect] Could not recover after 60012 milliseconds').numbers).toEqual([]);
  expect(parseQuery('error 4009 after 3 people joined').numbers).toEqual([4009]);
  expect(parseQuery('VideoSDK 4009').numbers).toEqual([4009]);
});

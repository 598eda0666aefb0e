import { describe, expect, test } from 'vitest';
import {
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

  test('the SDK a log line names is recognised', () => {
    expect(parseQuery('WTError code=206', hints).sdks).toEqual(['sceenic/ios-swift']);
    expect(parseQuery('session_error {code: 1012}', hints).sdks).toEqual(['zoom/cobrowse']);
    expect(parseQuery('VideoSDK 4009', hints).sdks).toEqual(['videosdk/react']);
    expect(parseQuery('Sceenic 206', hints).sdks.sort()).toEqual(['sceenic/ios-swift', 'sceenic/web']);
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

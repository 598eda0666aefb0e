import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareWithFacts, loadCatalog } from '../../src/lib/catalog/load';
import { compareCodes } from '../../src/lib/sources/drift';
import { readSource } from '../../src/lib/sources/readers';
import type { SourceReaderInput } from '../../src/schemas';
import { renderSourcePage, writeSourcePages } from '../support/source-pages';

const catalog = loadCatalog('content');

describe('the catalog against the facts lists of its sources', () => {
  test('every SDK has a facts list, with a source checked on a real date', () => {
    expect(catalog.facts.map((f) => f.id).sort()).toEqual(catalog.sdks.map((s) => s.id).sort());
    for (const { data } of catalog.facts)
      for (const source of data.sources) expect(Date.parse(source.checked)).not.toBeNaN();
  });

  for (const sdk of catalog.sdks) {
    test(`${sdk.id}: its codes equal its facts list: numbers, exact constants and verbatim messages, none invented`, () => {
      const facts = catalog.facts.find((f) => f.id === sdk.id)!.data;
      const ours = catalog.codes.filter((c) => `${c.data.vendor}/${c.data.sdk}` === sdk.id).map((c) => c.data);
      const { stated, differences } = compareWithFacts(sdk.data, facts, ours);
      expect(stated.length).toBeGreaterThan(0);
      expect(differences).toEqual([]);
      // In the source's order, too, where one source lists them all.
      if (facts.sources.length === 1)
        expect(ours.map((c) => `${c.number ?? c.constant}`)).toEqual(stated.map((c) => `${c.number ?? c.constant}`));
    });
  }
});

describe('source readers', () => {
  test('a Markdown page flattened onto one line gives up its rows and its sections', () => {
    const page =
      '# Errors ## Start errors If starting fails, retry. | Error code | Error message | Exception | Action | | --- | --- | --- | --- | | `1001` | `1` The link is invalid.`2` No credits. | `START_FAILED` | Restart. | | `1016` | Network failed. | `NETWORK_ERROR` | Retry. | ## Other exceptions | Error code | Error message | Exception | Action | | --- | --- | --- | --- | | `9999` | Service error. | `UNDEFINED` | Later. |';
    const codes = readSource(
      page,
      {
        kind: 'markdown-table',
        number: 'Error code',
        constant: 'Exception',
        messages: 'Error message',
        messageList: 'numbered',
      },
      ['Start errors', 'Other exceptions'].map((section) => ({ constant: '', section, messages: [] })),
    );
    expect(codes).toEqual([
      {
        number: 1001,
        constant: 'START_FAILED',
        section: 'Start errors',
        messages: ['The link is invalid.', 'No credits.'],
      },
      { number: 1016, constant: 'NETWORK_ERROR', section: 'Start errors', messages: ['Network failed.'] },
      { number: 9999, constant: 'UNDEFINED', section: 'Other exceptions', messages: ['Service error.'] },
    ]);
  });

  test('escaped underscores, bold, links and an italic remark instead of a message are read as the page means them', () => {
    const page = [
      '## Session error codes <a href="#s" id="s"></a>',
      '',
      '| Constant | Code | Message |',
      '| -------- | ---- | ------- |',
      '| **SESSION\\_FULL** | 206 | See [the guide](https://example.com) for `details`. |',
      '| **ACCOUNT_GONE** | 4007 | _Server will tell you._ |',
    ].join('\n');
    expect(
      readSource(page, {
        kind: 'markdown-table',
        number: 'Code',
        constant: 'Constant',
        messages: 'Message',
        messageList: 'single',
      }),
    ).toEqual([
      {
        number: 206,
        constant: 'SESSION_FULL',
        section: 'Session error codes',
        messages: ['See the guide for details.'],
      },
      { number: 4007, constant: 'ACCOUNT_GONE', section: 'Session error codes', messages: [] },
    ]);
  });

  test('every source of every facts list reads back from a page in its layout', () => {
    for (const { id, data } of catalog.facts)
      for (const source of data.sources) {
        const read = readSource(renderSourcePage(source), source.reader, source.codes);
        expect(compareCodes(source.codes, read), id).toEqual([]);
      }
  });
});

test('a table whose delimiter row is centred with short dashes (:--:) is read too', () => {
  const page =
    '## Common errors\n\n| Code | Name |\n|:--:|:--|\n| 8 | ERR_INVALID_TOKEN |\n| 17 | ERR_JOIN_CHANNEL_REJECTED |\n';
  expect(readSource(page, { kind: 'markdown-table', number: 'Code', constant: 'Name', messageList: 'single' })).toEqual(
    [
      { number: 8, constant: 'ERR_INVALID_TOKEN', section: 'Common errors', messages: [] },
      { number: 17, constant: 'ERR_JOIN_CHANNEL_REJECTED', section: 'Common errors', messages: [] },
    ],
  );
});

describe('the enum reader', () => {
  test('TypeScript: numbers given or counted on, string values, comments and excluded members', () => {
    const file = [
      '/** @ignore */',
      'export declare enum ErrorCodeType {',
      '  /** 0: No error. */',
      '  ErrOk = 0,',
      '  ErrFailed = 1, // "General failure"',
      '  ErrInvalidArgument,',
      '  /* ErrCommented = 9, */',
      '  ErrNegative = -1,',
      '  ErrHex = 0x10,',
      '}',
      'enum Other { ErrOk = 5 }',
    ].join('\n');
    const reader = { kind: 'enum' as const, name: 'ErrorCodeType', identifier: 'name' as const, exclude: ['ErrOk'] };
    const stated = [{ constant: 'ErrFailed', section: 'x', messages: ['General failure', 'Not quoted'] }];
    expect(readSource(file, reader, stated)).toEqual([
      { constant: 'ErrFailed', number: 1, section: 'ErrorCodeType', messages: ['General failure'] },
      { constant: 'ErrInvalidArgument', number: 2, section: 'ErrorCodeType', messages: [] },
      { constant: 'ErrNegative', number: -1, section: 'ErrorCodeType', messages: [] },
      { constant: 'ErrHex', number: 16, section: 'ErrorCodeType', messages: [] },
    ]);
  });

  test('string enums by name or by value, Java constants with arguments, Swift cases', () => {
    const ts = 'export enum DailyFatalErrorType {\n  MeetingFull = "meeting-full",\n  ExpToken = \'exp-token\',\n}';
    expect(
      readSource(ts, { kind: 'enum', name: 'DailyFatalErrorType', identifier: 'value', exclude: [] }).map(
        (c) => c.constant,
      ),
    ).toEqual(['meeting-full', 'exp-token']);
    expect(
      readSource(ts, { kind: 'enum', name: 'DailyFatalErrorType', identifier: 'name', exclude: [] }).map(
        (c) => c.constant,
      ),
    ).toEqual(['MeetingFull', 'ExpToken']);
    const java = [
      'public enum Code {',
      '  ROOM_FULL(53105, "Room is full"),',
      '  TOKEN_EXPIRED(20104, "Token expired");',
      '  private final int code;',
      '  Code(int code, String message) { this.code = code; }',
      '}',
    ].join('\n');
    expect(readSource(java, { kind: 'enum', name: 'Code', identifier: 'name', exclude: [] })).toEqual([
      { constant: 'ROOM_FULL', number: 53105, section: 'Code', messages: [] },
      { constant: 'TOKEN_EXPIRED', number: 20104, section: 'Code', messages: [] },
    ]);
    const objc = 'typedef NS_ENUM(NSInteger, TVIError) {\n    TVIErrorRoomMaxParticipantsExceededError = 53105,\n};';
    expect(readSource(objc, { kind: 'enum', name: 'TVIError', identifier: 'name', exclude: [] })).toEqual([
      { constant: 'TVIErrorRoomMaxParticipantsExceededError', number: 53105, section: 'TVIError', messages: [] },
    ]);
    const swift = 'enum Reason: Int {\n  case userDenied = 1\n  case systemDenied = 2, dismissed\n}';
    expect(
      readSource(swift, { kind: 'enum', name: 'Reason', identifier: 'name', exclude: [] }).map((c) => [
        c.constant,
        c.number,
      ]),
    ).toEqual([
      ['userDenied', 1],
      ['systemDenied', 2],
      ['dismissed', 3],
    ]);
  });

  test('Protocol Buffers enums, whose members each end with a semicolon', () => {
    const proto = [
      'enum DisconnectReason {',
      '  UNKNOWN_REASON = 0;',
      '  CLIENT_INITIATED = 1; // the client chose to leave',
      '  DUPLICATE_IDENTITY = 2;',
      '}',
    ].join('\n');
    const reader: SourceReaderInput = { kind: 'enum', name: 'DisconnectReason', separator: ';' };
    expect(readSource(proto, reader).map((c) => [c.constant, c.number])).toEqual([
      ['UNKNOWN_REASON', 0],
      ['CLIENT_INITIATED', 1],
      ['DUPLICATE_IDENTITY', 2],
    ]);
    // Without the separator, the first semicolon would end the list, as it does in Java.
    expect(readSource(proto, { kind: 'enum', name: 'DisconnectReason' })).toHaveLength(1);
  });

  test('an enum keyed by name: its numbers are not compared, so a renumbering is not drift but a rename is', () => {
    const v3 = 'export enum MeetingSessionStatusCode {\n  OK,\n  Left,\n  MeetingEnded,\n}';
    const reader: SourceReaderInput = { kind: 'enum', name: 'MeetingSessionStatusCode', exclude: ['OK'], key: 'name' };
    const codes = readSource(v3, reader);
    expect(codes).toEqual([
      { constant: 'Left', section: 'MeetingSessionStatusCode', messages: [] },
      { constant: 'MeetingEnded', section: 'MeetingSessionStatusCode', messages: [] },
    ]);
    const stated = codes.map((code) => ({ ...code }));
    const renumbered = v3.replace('Left,', 'Left,\n  TaskFailed,');
    expect(compareCodes(stated, readSource(renumbered, reader)).map((d) => d.kind)).toEqual(['added']);
  });

  test('an enum that is not in the file reads as no codes, so every stated code is reported removed', () => {
    expect(
      readSource('enum Else { A = 1 }', { kind: 'enum', name: 'Missing', identifier: 'name', exclude: [] }),
    ).toEqual([]);
  });
});

describe('list and contains readers', () => {
  test('a Markdown list under its heading gives one code per item, and stops at the next heading', () => {
    const page = [
      '### Exceptions',
      '',
      '- `AbortError` {{domxref("DOMException")}}',
      '  - : Something else failed.',
      '- `NotAllowedError` {{domxref("DOMException")}}',
      '',
      '### Examples',
      '- `NotAnError`',
    ].join('\n');
    expect(readSource(page, { kind: 'markdown-list', heading: 'Exceptions' })).toEqual([
      { constant: 'AbortError', section: 'Exceptions', messages: [] },
      { constant: 'NotAllowedError', section: 'Exceptions', messages: [] },
    ]);
  });

  test('a source that must contain the stated facts loses what it no longer quotes', () => {
    const file =
      'case kDenied: return "Permission denied";\ncase kPolicy: return "Access to \\"camera\\" is disallowed";';
    const stated = [
      {
        constant: 'NotAllowedError',
        section: 'C++',
        messages: ['Permission denied', 'Access to "camera" is disallowed', 'Gone'],
      },
    ];
    expect(readSource(file, { kind: 'contains', names: false }, stated)).toEqual([
      {
        constant: 'NotAllowedError',
        section: 'C++',
        messages: ['Permission denied', 'Access to "camera" is disallowed'],
      },
    ]);
    expect(readSource(file, { kind: 'contains', names: true }, stated)).toEqual([]);
  });
});

describe('npm run check:sources', () => {
  const run = (...args: string[]) => {
    try {
      return {
        status: 0,
        output: execFileSync('npx', ['tsx', 'scripts/check-sources.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      return { status: failure.status, output: failure.stdout + failure.stderr };
    }
  };

  test('sources that state what the catalog holds: no difference, exit 0', { timeout: 60_000 }, () => {
    const { status, output } = run(writeSourcePages(catalog));
    expect(output).toContain('The catalog matches its sources.');
    expect(status).toBe(0);
  });

  test('a source with one code removed and one constant renamed: both reported, exit 1', { timeout: 60_000 }, () => {
    const dir = writeSourcePages(catalog, (sdk, codes) =>
      sdk !== 'sceenic/web'
        ? codes
        : codes
            .filter((code) => code.number !== 203)
            .map((code) => (code.number === 206 ? { ...code, constant: 'SESSION_FULL_ERROR_CODE' } : code)),
    );
    const { status, output } = run(dir);
    expect(output).toMatch(/removed upstream: 203 SESSION_CLOSED_ERROR_CODE/);
    expect(output).toMatch(
      /changed upstream: 206 SESSION_IS_FULL_ERROR_CODE \(constant SESSION_IS_FULL_ERROR_CODE → SESSION_FULL_ERROR_CODE\)/,
    );
    expect(output).toContain('2 difference(s) from the sources.');
    expect(status).toBe(1);
  });

  test('a code added upstream and a changed message are reported', { timeout: 60_000 }, () => {
    const dir = writeSourcePages(catalog, (sdk, codes) =>
      sdk !== 'zoom/cobrowse'
        ? codes
        : [
            ...codes.map((code) => (code.number === 1016 ? { ...code, messages: ['Network request failed.'] } : code)),
            { number: 1018, constant: 'SESSION_NEW_LIMIT', section: 'Session limit errors', messages: [] },
          ],
    );
    const { status, output } = run(dir);
    expect(output).toMatch(/added upstream: 1018 SESSION_NEW_LIMIT \(section "Session limit errors"\)/);
    expect(output).toMatch(
      /changed upstream: 1016 NETWORK_ERROR \(messages "Network request to backend failed after multiple attempts\." → "Network request failed\."\)/,
    );
    expect(status).toBe(1);
  });

  test('a path that does not exist fails loudly, exit 2', { timeout: 60_000 }, () => {
    const { status, output } = run('no/such/folder');
    expect(output).toContain('no/such/folder: no such file or folder');
    expect(status).toBe(2);
  });

  test('a file named explicitly that no facts list knows fails, exit 2', { timeout: 60_000 }, () => {
    const file = join(writeSourcePages(catalog), 'unrelated.md');
    writeFileSync(file, '# Some other page\n');
    const { status, output } = run(file);
    expect(output).toMatch(/unrelated\.md: not a source of any facts list/);
    expect(status).toBe(2);
  });
});

import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load';
import { FIXTURE, copyFixture, edit, problemsOf } from '../support/fixture-catalog';

/** The message names the file (with its line), the entry and the field, and says what is expected. */
function expectProblem(
  message: string,
  parts: { file: string; entry?: string; field?: string; says: string | RegExp },
) {
  expect(message).toMatch(new RegExp(`${parts.file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(:\\d+)?`));
  if (parts.entry) expect(message).toContain(`entry ${parts.entry}`);
  if (parts.field) expect(message).toContain(`field "${parts.field}"`);
  expect(message).toMatch(parts.says);
}

describe('a valid catalog', () => {
  test('the fixture catalog loads with every entry', () => {
    const catalog = loadCatalog(FIXTURE);
    expect(catalog.codes.map((c) => c.id)).toEqual(['acme/web/1', 'acme/web/-1', 'beta/ios/7']);
    expect(catalog.concepts.map((c) => c.id)).toEqual(['room-full']);
  });
});

describe('each catalog mistake fails with a message naming file, entry and field', () => {
  test('a duplicate code within one SDK', () => {
    const dir = copyFixture();
    edit(dir, 'codes/acme/web.yaml', '- number: -1', '- number: 1');
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      entry: '#2 (1 UNKNOWN)',
      field: 'number',
      says: /duplicate code 1 in acme\/web/,
    });
  });

  test('a codes file for an SDK that does not exist', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'codes/acme/android.yaml'), '[]\n');
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/android.yaml',
      says: /no SDK "acme\/android" in sdks\.yaml; expected one of acme\/web, beta\/ios/,
    });
  });

  test('an SDK of an unknown vendor', () => {
    const dir = copyFixture();
    edit(dir, 'sdks.yaml', '- vendor: beta', '- vendor: gamma');
    expectProblem(problemsOf(dir), {
      file: 'sdks.yaml',
      entry: '#2 (gamma ios)',
      field: 'vendor',
      says: /unknown vendor "gamma"/,
    });
  });

  test('a code in an unknown category', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'category: participants', 'category: participant');
    expectProblem(problemsOf(dir), {
      file: 'codes/beta/ios.yaml',
      entry: '#1 (7 roomIsFull)',
      field: 'category',
      says: /unknown category "participant"; expected one of participants, internal-unknown/,
    });
  });

  test('a code in a group its SDK does not have', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'group: room', 'group: session');
    expectProblem(problemsOf(dir), {
      file: 'codes/beta/ios.yaml',
      entry: '#1 (7 roomIsFull)',
      field: 'group',
      says: /unknown group "session" for beta\/ios; expected one of room/,
    });
  });

  test('a concept member that does not exist, at the line of the member', () => {
    const dir = copyFixture();
    edit(dir, 'concepts.yaml', 'code: beta/ios/7', 'code: beta/ios/8');
    const message = problemsOf(dir);
    expectProblem(message, {
      file: 'concepts.yaml',
      entry: 'room-full',
      field: 'members.1.code',
      says: /no code "beta\/ios\/8" in the catalog/,
    });
    expect(message).toMatch(/concepts\.yaml:7, entry room-full, field "members\.1\.code"/);
  });

  test('an SDK without provenance: the day its codes were last checked against the source', () => {
    const dir = copyFixture();
    edit(dir, 'sdks.yaml', '    checked: 2026-11-01\n  groups:\n    - id: room', '  groups:\n    - id: room');
    expect(problemsOf(dir)).toMatch(
      /sdks\.yaml:\d+, entry #2 \(beta ios\), field "source\.checked": is required but missing/,
    );
  });

  test('a provenance date that is not a date', () => {
    const dir = copyFixture();
    edit(dir, 'sdks.yaml', 'checked: 2026-11-01', 'checked: last week');
    expectProblem(problemsOf(dir), {
      file: 'sdks.yaml',
      entry: '#1 (acme web)',
      field: 'source.checked',
      says: /YYYY-MM-DD/,
    });
  });

  test('a facts list that disagrees with the catalog names the code and what differs', () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'sources/acme'), { recursive: true });
    writeFileSync(
      join(dir, 'sources/acme/web.yaml'),
      [
        'sources:',
        '  - url: https://acme.example/docs/errors',
        '    title: Acme errors',
        '    checked: 2026-11-01',
        '    identify: "# Acme errors"',
        '    reader: { kind: markdown-table, number: Code, constant: Name }',
        '    codes:',
        '      - { number: 1, constant: ROOM_IS_FULL, section: Session, messages: [The room is full.] }',
        '      - { number: 2, constant: EXTRA, section: Session }',
        '',
      ].join('\n'),
    );
    const message = problemsOf(dir);
    expect(message).toMatch(
      /sources\/acme\/web\.yaml:\d+, entry acme\/web: 1 ROOM_IS_FULL differs between the facts list and the catalog: constant ROOM_IS_FULL → ROOM_FULL/,
    );
    expect(message).toMatch(/the facts list has 2 EXTRA, which the catalog lacks/);
    expect(message).toMatch(/the catalog has -1 UNKNOWN, which the facts list does not/);
  });

  test('a facts list of an SDK that does not exist', () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'sources/acme'), { recursive: true });
    writeFileSync(join(dir, 'sources/acme/android.yaml'), 'sources: []\n');
    expectProblem(problemsOf(dir), {
      file: 'sources/acme/android.yaml',
      says: /facts of "acme\/android", which is not an SDK/,
    });
  });

  test('a code placed in two concepts with contradictory relations', () => {
    const dir = copyFixture();
    appendFileSync(
      join(dir, 'concepts.yaml'),
      'room-crowded:\n  name: Room crowded\n  description: Too many people.\n  members:\n    - code: acme/web/1\n      relation: same\n    - code: beta/ios/7\n      relation: related\n',
    );
    expectProblem(problemsOf(dir), {
      file: 'concepts.yaml',
      entry: 'room-crowded',
      field: 'members.0.relation',
      says: /contradictory relations: "acme\/web\/1" is "same" as both concept "room-full" and "room-crowded"/,
    });
  });

  test('a code listed twice in one concept', () => {
    const dir = copyFixture();
    appendFileSync(join(dir, 'concepts.yaml'), '    - code: acme/web/1\n      relation: related\n');
    expectProblem(problemsOf(dir), {
      file: 'concepts.yaml',
      entry: 'room-full',
      field: 'members.2.code',
      says: /listed twice in this concept/,
    });
  });

  test('a missing required field', () => {
    const dir = copyFixture();
    edit(dir, 'codes/acme/web.yaml', '  userReply: The room is full; try again later.\n', '');
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      entry: '#1 (1 ROOM_FULL)',
      field: 'userReply',
      says: /is required but missing/,
    });
  });

  test('an empty explanation', () => {
    const dir = copyFixture();
    edit(dir, 'codes/acme/web.yaml', 'description: The room holds as many people as it allows.', 'description: "   "');
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      entry: '#1 (1 ROOM_FULL)',
      field: 'description',
      says: /must not be empty/,
    });
  });

  test('a malformed URL', () => {
    const dir = copyFixture();
    edit(dir, 'sdks.yaml', 'url: https://beta.example/docs/errors', 'url: beta.example/docs/errors');
    expectProblem(problemsOf(dir), {
      file: 'sdks.yaml',
      entry: '#2 (beta ios)',
      field: 'source.url',
      says: /expected an absolute URL/,
    });
  });

  test('a number that is not an integer', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'number: 7', 'number: 7.5');
    expectProblem(problemsOf(dir), {
      file: 'codes/beta/ios.yaml',
      entry: '#1 (7.5 roomIsFull)',
      field: 'number',
      says: /expected a whole number such as 4009 or -1/,
    });
  });

  test('a number written as text', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'number: 7', 'number: seven');
    expectProblem(problemsOf(dir), { file: 'codes/beta/ios.yaml', field: 'number', says: /expected a whole number/ });
  });

  test('a misspelt field name', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'symptoms:', 'symptom:');
    const message = problemsOf(dir);
    expectProblem(message, {
      file: 'codes/beta/ios.yaml',
      entry: '#1 (7 roomIsFull)',
      says: /unknown field\(s\) "symptom"/,
    });
    expect(message).toContain('field "symptoms": is required but missing');
  });

  test('an unknown actor', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'actors: [end-user]', 'actors: [customer]');
    expectProblem(problemsOf(dir), {
      file: 'codes/beta/ios.yaml',
      field: 'actors.0',
      says: /end-user|expected one of/,
    });
  });

  test('a file that is not valid YAML', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'group: room', 'group: [room');
    expectProblem(problemsOf(dir), { file: 'codes/beta/ios.yaml', says: /is not valid YAML/ });
  });

  test('a file the catalog does not read is reported, not ignored', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'codes/acme/web-extra.part.yaml'), '[]\n');
    writeFileSync(join(dir, 'glossary.yaml'), 'a: b\n');
    const message = problemsOf(dir);
    expectProblem(message, { file: 'codes/acme/web-extra.part.yaml', says: /this file is not read/ });
    expectProblem(message, { file: 'glossary.yaml', says: /is not part of the catalog/ });
  });

  test('a vendor key that would shadow a page of the site', () => {
    const dir = copyFixture();
    appendFileSync(
      join(dir, 'vendors.yaml'),
      'search:\n  name: Search Inc\n  site: https://search.example\n  description: Clashes with /search/.\n',
    );
    expectProblem(problemsOf(dir), { file: 'vendors.yaml', entry: 'search', says: /reserved path of the site/ });
  });

  test('a code in a code set its SDK does not have', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'group: room', 'group: room\n  set: reasons');
    expectProblem(problemsOf(dir), {
      file: 'codes/beta/ios.yaml',
      entry: '#1 (7 roomIsFull)',
      field: 'set',
      says: /unknown code set "reasons" for beta\/ios; expected one of errors/,
    });
  });

  test('a code that names no set where its SDK has several', () => {
    const dir = copyFixture();
    edit(
      dir,
      'sdks.yaml',
      '  codeSets:\n    - id: errors\n      name: Errors\n',
      '  codeSets:\n    - id: errors\n      name: Errors\n    - id: reasons\n      name: Reasons\n      path: reasons\n',
    );
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      entry: '#1 (1 ROOM_FULL)',
      field: 'set',
      says: /acme\/web has 2 code sets, so the code must name one: errors, reasons/,
    });
  });

  test('two code sets whose identifiers collide without a path to tell them apart', () => {
    const dir = copyFixture();
    edit(
      dir,
      'sdks.yaml',
      '  codeSets:\n    - id: errors\n      name: Errors\n',
      '  codeSets:\n    - id: errors\n      name: Errors\n    - id: reasons\n      name: Reasons\n',
    );
    edit(dir, 'codes/acme/web.yaml', '- number: -1\n', '- number: 1\n  set: reasons\n');
    edit(
      dir,
      'codes/acme/web.yaml',
      'group: session\n  category: participants',
      'group: session\n  set: errors\n  category: participants',
    );
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      entry: '#2 (1 UNKNOWN)',
      field: 'number',
      says: /duplicate code 1 in acme\/web.*give one of them a path/,
    });
  });

  test("an alias that takes another code's identifier, in any spelling", () => {
    const dir = copyFixture();
    edit(
      dir,
      'codes/acme/web.yaml',
      '  userReply: Something went wrong; please try again.',
      '  userReply: Something went wrong; please try again.\n  aliases: [roomFull]',
    );
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      field: 'aliases.0',
      says: /alias "roomFull" collides with the identifier of acme\/web\/1 \(ROOM_FULL\)/,
    });
  });

  test('a retired code replaced by a code that does not exist', () => {
    const dir = copyFixture();
    edit(
      dir,
      'codes/acme/web.yaml',
      '  userReply: Something went wrong; please try again.',
      '  userReply: Something went wrong; please try again.\n  deprecated:\n    note: Retired.\n    replacedBy: [acme/web/room-gone]',
    );
    const message = problemsOf(dir);
    expectProblem(message, {
      file: 'codes/acme/web.yaml',
      field: 'deprecated.replacedBy.0',
      says: /replaced by "acme\/web\/room-gone", which is not a code of the catalog/,
    });
    expect(message).toMatch(/codes\/acme\/web\.yaml:\d+, entry -1/);
  });

  test('a related code of another SDK: other SDKs are linked through concepts', () => {
    const dir = copyFixture();
    edit(
      dir,
      'codes/acme/web.yaml',
      '  userReply: Something went wrong; please try again.',
      '  userReply: Something went wrong; please try again.\n  related:\n    - code: beta/ios/7\n      note: Not the same.',
    );
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      field: 'related.0.code',
      says: /another SDK's code; link other SDKs' codes through a concept/,
    });
  });

  test('a message given a meaning but no action', () => {
    const dir = copyFixture();
    edit(
      dir,
      'codes/acme/web.yaml',
      'messages: [The room is full.]',
      'messages:\n    - text: The room is full.\n      meaning: No seat is left.',
    );
    expectProblem(problemsOf(dir), {
      file: 'codes/acme/web.yaml',
      field: 'messages.0',
      says: /both a meaning and an action/,
    });
  });

  test("groups that join two of the source's sections", () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'sources/acme'), { recursive: true });
    writeFileSync(
      join(dir, 'sources/acme/web.yaml'),
      [
        'sources:',
        '  - url: https://acme.example/docs/errors',
        '    title: Acme errors',
        '    checked: 2026-11-01',
        '    identify: "# Acme errors"',
        '    reader: { kind: markdown-table, number: Code, constant: Name }',
        '    codes:',
        '      - { number: 1, constant: ROOM_FULL, section: Rooms, messages: [The room is full.] }',
        '      - { number: -1, constant: UNKNOWN, section: Other }',
        '',
      ].join('\n'),
    );
    expect(problemsOf(dir)).toMatch(/group "session" holds codes of 2 source sections: "Rooms" \(1\); "Other" \(-1\)/);
  });

  test('every problem is reported at once, with the line of the field', () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'category: participants', 'category: nope');
    edit(dir, 'codes/acme/web.yaml', 'number: -1', 'number: 1');
    const message = problemsOf(dir);
    expect(message).toMatch(/The catalog has 2 problems/);
    expect(message).toMatch(/codes\/beta\/ios\.yaml:4, entry #1 \(7 roomIsFull\), field "category"/);
  });

  test('the site build stops with the same message', { timeout: 120_000 }, () => {
    const dir = copyFixture();
    edit(dir, 'codes/beta/ios.yaml', 'category: participants', 'category: nope');
    let output = '';
    try {
      execFileSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
        env: { ...process.env, ATLAS_CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist') },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { stdout: string; stderr: string; status: number };
      expect(failure.status).not.toBe(0);
      output = failure.stdout + failure.stderr;
    }
    expect(output).toMatch(
      /codes\/beta\/ios\.yaml:4, entry #1 \(7 roomIsFull\), field "category": unknown category "nope"/,
    );
  });
});

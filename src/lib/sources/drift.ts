/**
 * Compares lists of codes and says what was added, removed or changed, in words a
 * maintainer can act on. Used twice: the catalog against its facts lists (a unit test and
 * the build), and a facts list against the vendor source it was taken from (the drift check).
 */

/** A code as one side of a comparison states it. */
export interface ComparedCode {
  number?: number;
  constant: string;
  set?: string;
  section?: string;
  messages: string[];
}

export interface Difference {
  kind: 'added' | 'removed' | 'changed';
  /** The code, as `{number} {constant}` or the constant alone. */
  code: string;
  /** What differs, for `changed`; where it is, for the others. */
  detail: string;
}

/** How a code is named in a report: "206 SESSION_IS_FULL_ERROR_CODE", with its set where it has one. */
export function describeCode(code: ComparedCode): string {
  const name = code.number === undefined ? code.constant : `${code.number} ${code.constant}`;
  return code.set ? `${code.set} ${name}` : name;
}

/** Codes are matched by set and number where they have one, by set and constant otherwise. */
export function identity(code: Pick<ComparedCode, 'set' | 'number' | 'constant'>): string {
  return `${code.set ?? ''}\u0000${code.number ?? code.constant}`;
}

const list = (messages: string[]) => (messages.length ? messages.map((m) => `"${m}"`).join(', ') : 'none');

/**
 * What `actual` adds, drops or changes relative to `expected`: a code only in `actual` is
 * "added", one only in `expected` is "removed", and a code in both whose constant, section or
 * messages differ is "changed". Sections are compared only where both sides give one.
 */
export function compareCodes(expected: ComparedCode[], actual: ComparedCode[]): Difference[] {
  const differences: Difference[] = [];
  const actualById = new Map(actual.map((code) => [identity(code), code]));
  const expectedIds = new Set(expected.map(identity));
  for (const want of expected) {
    const have = actualById.get(identity(want));
    if (!have) {
      differences.push({
        kind: 'removed',
        code: describeCode(want),
        detail: want.section ? `section "${want.section}"` : '',
      });
      continue;
    }
    if (have.constant !== want.constant)
      differences.push({
        kind: 'changed',
        code: describeCode(want),
        detail: `constant ${want.constant} → ${have.constant}`,
      });
    if (want.section !== undefined && have.section !== undefined && have.section !== want.section)
      differences.push({
        kind: 'changed',
        code: describeCode(want),
        detail: `section "${want.section}" → "${have.section}"`,
      });
    // Messages are a set: sources list them in their own order.
    if (JSON.stringify([...have.messages].sort()) !== JSON.stringify([...want.messages].sort()))
      differences.push({
        kind: 'changed',
        code: describeCode(want),
        detail: `messages ${list(want.messages)} → ${list(have.messages)}`,
      });
  }
  for (const have of actual) {
    if (!expectedIds.has(identity(have)))
      differences.push({
        kind: 'added',
        code: describeCode(have),
        detail: have.section ? `section "${have.section}"` : '',
      });
  }
  return differences;
}

/**
 * Checks that the catalog's groups follow the source's sections: codes of one catalog group
 * all come from one section (a group may split a section, as VideoSDK's number ranges split
 * its one table, but never joins two). Returns one message per group that spans sections.
 */
export function groupsSpanningSections(codes: { group: string; section: string; name: string }[]): string[] {
  const sectionsByGroup = new Map<string, Map<string, string[]>>();
  for (const code of codes) {
    const sections = sectionsByGroup.get(code.group) ?? new Map<string, string[]>();
    sections.set(code.section, [...(sections.get(code.section) ?? []), code.name]);
    sectionsByGroup.set(code.group, sections);
  }
  return [...sectionsByGroup]
    .filter(([, sections]) => sections.size > 1)
    .map(
      ([group, sections]) =>
        `group "${group}" holds codes of ${sections.size} source sections: ${[...sections]
          .map(([section, names]) => `"${section}" (${names.join(', ')})`)
          .join('; ')}`,
    );
}

/** Runs of `length` words that two texts share, for spotting prose copied from a source. */
export function sharedRuns(ours: string, theirs: Set<string>, length = 8): string[] {
  return [...wordRuns(ours, length)].filter((run) => theirs.has(run));
}

export function wordRuns(text: string, length = 8): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
  return runs;
}

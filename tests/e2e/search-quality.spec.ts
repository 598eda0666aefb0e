/**
 * Search quality on realistic queries (tests/e2e/search-queries.json): symptoms in a
 * support agent's words, numbers, constants in every spelling, pasted log lines and
 * runtime messages. Each names the code(s) that must appear among the first 3 results.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { topResults } from './search-helpers';

interface QueryCase {
  query: string;
  kind: string;
  /** Every one of these must be among the first 3. */
  expect?: string[];
  /** At least one of these must be among the first 3. */
  anyOf?: string[];
}

const cases: QueryCase[] = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8'));

test('the query set is realistic and large enough', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  for (const kind of ['symptom', 'number', 'constant', 'log', 'message']) {
    expect(
      cases.some((c) => c.kind === kind),
      kind,
    ).toBe(true);
  }
});

test('every realistic query puts the right code among the first 3 results', async ({ page }) => {
  test.setTimeout(180_000);
  const misses: string[] = [];
  for (const c of cases) {
    const top = (await topResults(page, c.query)).slice(0, 3);
    const ok = (c.expect ?? []).every((id) => top.includes(id)) && (!c.anyOf || c.anyOf.some((id) => top.includes(id)));
    if (!ok)
      misses.push(
        `[${c.kind}] ${c.query} → got ${top.join(', ') || 'nothing'}; wanted ${[...(c.expect ?? []), ...(c.anyOf ? [`any of ${c.anyOf.join('/')}`] : [])].join(', ')}`,
      );
  }
  const rate = ((cases.length - misses.length) / cases.length) * 100;
  test.info().annotations.push({
    type: 'hit rate',
    description: `${rate.toFixed(1)} % (${cases.length - misses.length}/${cases.length})`,
  });
  console.log(`Search hit rate: ${rate.toFixed(1)} % of ${cases.length} queries`);
  expect(misses).toEqual([]);
});

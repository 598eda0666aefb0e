/**
 * Search quality on realistic queries (tests/e2e/search-queries.json): symptoms in a
 * support agent's words, numbers, constants in every spelling, pasted log lines and
 * runtime messages. Each names the code(s) that must appear among the first 3 results.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { topResults } from './search-helpers';
import { Atlas } from '../../src/lib/catalog/atlas';
import { loadCatalog } from '../../src/lib/catalog/load';

const atlas = new Atlas(loadCatalog('content'));
/**
 * For a symptom with no SDK named, a result answers for a wanted code when it is that code,
 * a concept page that lists it, or another SDK's code for the same failure (same, narrower
 * or broader, by the atlas's pairwise rule); a merely related code does not.
 */
const covers = (result: string, id: string) => {
  if (result === id) return true;
  if (result.startsWith('concepts/'))
    return atlas.membersOf(atlas.concept(result.slice('concepts/'.length))).some((m) => m.code.id === id);
  const wanted = atlas.code(id);
  return (
    atlas.twinsOf(wanted).some((twin) => twin.id === result) ||
    atlas.equivalentsOf(wanted).some((eq) => eq.code.id === result && eq.relation !== 'related')
  );
};

interface QueryCase {
  query: string;
  kind: string;
  /** Every one of these must be among the first 3. */
  expect?: string[];
  /** At least one of these, or a concept that lists it, must be among the first 3. */
  anyOf?: string[];
}

const cases: QueryCase[] = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8'));

test('the query set is realistic and large enough', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  for (const kind of ['symptom', 'sdk-symptom', 'number', 'constant', 'log', 'message']) {
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
    // For a symptom in plain words, with no SDK named, the concept that lists the code is a right answer too;
    // a symptom that names its SDK ('sdk-symptom') must find that SDK's own code.
    const found = (id: string) => top.some((result) => (c.kind === 'symptom' ? covers(result, id) : result === id));
    const ok = (c.expect ?? []).every(found) && (!c.anyOf || c.anyOf.some(found));
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

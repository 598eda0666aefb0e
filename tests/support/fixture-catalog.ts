/** Copies the small valid fixture catalog to a temporary folder, to break it on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CatalogError, loadCatalog } from '../../src/lib/catalog/load';

export const FIXTURE = resolve('tests/fixtures/catalog');

export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-catalog-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces text in one file of a catalog copy; fails loudly if the text is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
  writeFileSync(path, changed);
}

/** Loads a catalog copy and returns the loader's error message (failing if it loads). */
export function problemsOf(dir: string): string {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof CatalogError) return error.message;
    throw error;
  }
  throw new Error('the broken catalog loaded without an error');
}

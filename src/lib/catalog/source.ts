import { resolve } from 'node:path';
import { loadCatalog, type Catalog } from './load';

/**
 * The folder the catalog is read from: `content/` at the project root, or the folder named
 * by ATLAS_CONTENT_DIR (used by the benchmark's generated catalogs and by test fixtures).
 */
export function contentDir(): string {
  return resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
}

let cached: { dir: string; catalog: Catalog } | undefined;

/** Loads the catalog once per build; every collection's loader shares the result. */
export function readCatalog(): Catalog {
  const dir = contentDir();
  if (!cached || cached.dir !== dir) cached = { dir, catalog: loadCatalog(dir) };
  return cached.catalog;
}

/** Forgets the loaded catalog, so that the dev server picks up edits. */
export function forgetCatalog() {
  cached = undefined;
}

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

type Watcher = { add: (path: string) => unknown; on: (event: 'change', listener: (path: string) => void) => unknown };
const watched = new WeakSet<Watcher>();

/**
 * In the dev server: watches the catalog and forgets it on an edit, once per watcher, so
 * that the collections' own listeners (registered after this one) read it again just once.
 */
export function watchCatalog(watcher: Watcher) {
  if (watched.has(watcher)) return;
  watched.add(watcher);
  watcher.add(contentDir());
  watcher.on('change', (path) => {
    if (path.startsWith(contentDir())) cached = undefined;
  });
}

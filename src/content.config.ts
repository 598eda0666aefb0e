import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { categorySchema, codeEntrySchema, conceptSchema, sdkSchema, vendorSchema } from './schemas';
import type { Catalog } from './lib/catalog/load';
import { contentDir, forgetCatalog, readCatalog } from './lib/catalog/source';

/**
 * A loader for one part of the catalog. The whole catalog is read and cross-checked at
 * once (src/lib/catalog/load.ts), so a broken reference fails the build with a message
 * naming the file, entry and field, before any page is rendered.
 */
function catalogLoader(part: keyof Catalog): Loader {
  return {
    name: `atlas-${part}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const entries = readCatalog()[part];
      store.clear();
      for (const { id, data } of entries) {
        const parsed = await parseData({ id, data: data as Record<string, unknown> });
        store.set({ id, data: parsed, digest: generateDigest(parsed) });
      }
      watcher?.add(contentDir());
      watcher?.on('change', (path) => {
        if (path.startsWith(contentDir())) forgetCatalog();
      });
    },
  };
}

export const collections = {
  vendors: defineCollection({ loader: catalogLoader('vendors'), schema: vendorSchema }),
  sdks: defineCollection({ loader: catalogLoader('sdks'), schema: sdkSchema }),
  categories: defineCollection({ loader: catalogLoader('categories'), schema: categorySchema }),
  concepts: defineCollection({ loader: catalogLoader('concepts'), schema: conceptSchema }),
  codes: defineCollection({ loader: catalogLoader('codes'), schema: codeEntrySchema }),
};

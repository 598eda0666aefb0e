import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { categorySchema, codeEntrySchema, conceptSchema, sdkSchema, vendorSchema } from './schemas';
import type { Catalog } from './lib/catalog/load';
import { contentDir, readCatalog, watchCatalog } from './lib/catalog/source';

/** Collections whose dev-server refill is registered, so that a second load adds no second listener. */
const refilling = new Set<string>();

/**
 * A loader for one part of the catalog. The whole catalog is read and cross-checked at
 * once (src/lib/catalog/load.ts), so a broken reference fails the build with a message
 * naming the file, entry and field, before any page is rendered.
 */
function catalogLoader(part: keyof Catalog): Loader {
  return {
    name: `atlas-${part}`,
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const fill = async () => {
        store.clear();
        for (const { id, data } of readCatalog()[part]) {
          const parsed = await parseData({ id, data: data as Record<string, unknown> });
          store.set({ id, data: parsed, digest: generateDigest(parsed) });
        }
      };
      await fill();
      if (watcher && !refilling.has(part)) {
        refilling.add(part);
        watchCatalog(watcher);
        watcher.on('change', async (path) => {
          if (!path.startsWith(contentDir())) return;
          // A mistake made while editing is reported, and the dev server keeps running.
          await fill().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
        });
      }
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

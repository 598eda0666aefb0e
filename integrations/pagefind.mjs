// @ts-check
/**
 * Builds the Pagefind search index after Astro has written the site, and fails the build
 * when Pagefind reports any error, so a broken index never ships silently.
 * Only elements marked `data-pagefind-body` (the code pages) are indexed; other pages are
 * read and skipped.
 * @see https://pagefind.app/docs/node-api/
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Characters kept inside words: "-" keeps Sceenic's "-1" a negative number, "_" keeps constants whole. */
export const INCLUDE_CHARACTERS = '-_';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const failure = (/** @type {string} */ step, /** @type {string[]} */ errors) =>
          new Error(`Pagefind failed while ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
        const fail = (/** @type {string} */ step, /** @type {string[]} */ errors) => {
          throw failure(step, errors);
        };
        const { index, errors } = await pagefind.createIndex({
          includeCharacters: INCLUDE_CHARACTERS,
          forceLanguage: 'en',
        });
        if (!index || errors.length) throw failure('starting', errors);
        // Pages are indexed by their marking (data-pagefind-body), never by a path pattern.
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) fail('indexing the site', added.errors);
        if (added.page_count === 0) fail('indexing the site', ['no page was indexed: is data-pagefind-body missing?']);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) fail('writing the index', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`);
      },
    },
  };
}

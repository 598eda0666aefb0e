// @ts-check
/**
 * Writes, after the build, files that are pure derivations of the API's codes.json: each
 * code as JSON (/{vendor}/{sdk}/{key}.json), and redirect pages from the other spellings of
 * its identifier and aliases (/{vendor}/{sdk}/MAX_PARTCIPANT_REACHED/, /agora/web/UID_CONFLICT/,
 * /web/media-capture/NotAllowedError/) to its page, so that any common spelling works
 * without JavaScript on any static host. A spelling that two codes of one SDK share leads
 * nowhere: the 404 page lists both. Writing these here instead of rendering them as pages
 * keeps the build linear and fast, and makes them agree with codes.json by construction.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { identifierWords } from '../src/lib/ids.ts';

const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A page that forwards at once to its canonical URL, without JavaScript. */
function redirectPage(/** @type {string} */ target, /** @type {string} */ canonical, /** @type {string} */ title) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta http-equiv="refresh" content="0;url=${escapeHtml(target)}"><meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(canonical)}"></head><body><p>This page is at <a href="${escapeHtml(target)}">${escapeHtml(canonical)}</a>.</p></body></html>\n`;
}

/**
 * The spellings people type for a name: as written, SNAKE_CASE, snake_case, kebab-case,
 * camelCase, PascalCase and all run together.
 * @param {string} name
 */
export function spellings(name) {
  const words = identifierWords(name);
  const cap = (/** @type {string} */ w) => w.charAt(0).toUpperCase() + w.slice(1);
  return [
    ...new Set([
      name,
      words.join('_').toUpperCase(),
      words.join('_'),
      words.join('-'),
      words.map((w, i) => (i === 0 ? w : cap(w))).join(''),
      words.map(cap).join(''),
      words.join(''),
    ]),
  ].filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s) && !/^-?\d+$/.test(s));
}

/** @returns {import('astro').AstroIntegration} */
export default function codeFiles() {
  let base = '/';
  return {
    name: 'atlas-code-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {{ codes: { id: string, key: string, vendor: { id: string }, sdk: { id: string, name: string }, set: { id: string }, number?: number, constant: string, aliases: string[], url: string }[] }} */
        const api = JSON.parse(await readFile(join(root, 'api/v1/codes.json'), 'utf8'));
        // Per SDK: every path a code lives at, and every spelling that would lead to a code.
        /** @type {Map<string, Map<string, Set<string>>>} */
        const claims = new Map();
        const claim = (/** @type {string} */ sdk, /** @type {string} */ path, /** @type {string} */ id) => {
          const paths = claims.get(sdk) ?? new Map();
          paths.set(path, (paths.get(path) ?? new Set()).add(id));
          claims.set(sdk, paths);
        };
        for (const code of api.codes) {
          claim(code.sdk.id, code.key, code.id);
          for (const name of [code.constant, ...code.aliases])
            for (const spelling of spellings(name)) claim(code.sdk.id, spelling, code.id);
          // A bare number leads to a code whose set puts a segment before it, where no other code takes it.
          if (code.number !== undefined && code.key !== String(code.number))
            claim(code.sdk.id, String(code.number), code.id);
        }
        const byId = new Map(api.codes.map((code) => [code.id, code]));
        let redirects = 0;
        for (const code of api.codes) {
          const file = join(root, code.sdk.id, `${code.key}.json`);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, `${JSON.stringify(code, null, 2)}\n`);
        }
        for (const [sdk, paths] of claims) {
          for (const [path, ids] of paths) {
            if (ids.size !== 1) continue;
            const code = byId.get([...ids][0]);
            if (!code || code.key === path) continue;
            // A spelling that is another code's own path is that code's.
            if ([...(paths.get(path) ?? [])].length !== 1) continue;
            await mkdir(join(root, sdk, path), { recursive: true });
            const target = `${base}${sdk}/${code.key}/`;
            const label = code.number !== undefined ? `${code.number} · ${code.constant}` : code.constant;
            await writeFile(
              join(root, sdk, path, 'index.html'),
              redirectPage(target, code.url, `${code.sdk.name} ${label}`),
            );
            redirects++;
          }
        }
        logger.info(`wrote ${api.codes.length} code JSON files and ${redirects} redirects from other spellings`);
      },
    },
  };
}

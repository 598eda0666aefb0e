// @ts-check
/**
 * Writes, after the build, files that are pure derivations of the API's codes.json: each
 * code as JSON (/{vendor}/{sdk}/{key}.json), and redirect pages from the other spellings of
 * its identifier and aliases (/{vendor}/{sdk}/MAX_PARTCIPANT_REACHED/, /agora/web/UID_CONFLICT/,
 * /web/media-capture/NotAllowedError/) to its page, so that any common spelling works
 * without JavaScript on any static host. A spelling that several codes of one SDK share
 * leads to the page that lists them (src/lib/ids.ts, spellingPaths). Writing these here instead of rendering them as pages
 * keeps the build linear and fast, and makes them agree with codes.json by construction.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { spellingPaths } from '../src/lib/ids.ts';

const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A page that forwards at once to its canonical URL, without JavaScript. */
function redirectPage(/** @type {string} */ target, /** @type {string} */ canonical, /** @type {string} */ title) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta http-equiv="refresh" content="0;url=${escapeHtml(target)}"><meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(canonical)}"></head><body><p>This page is at <a href="${escapeHtml(target)}">${escapeHtml(canonical)}</a>.</p></body></html>\n`;
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
        const bySdk = Map.groupBy(api.codes, (code) => code.sdk.id);
        const byId = new Map(api.codes.map((code) => [code.id, code]));
        for (const code of api.codes) {
          const file = join(root, code.sdk.id, `${code.key}.json`);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, `${JSON.stringify(code, null, 2)}\n`);
        }
        let redirects = 0;
        for (const [sdk, codes] of bySdk) {
          const paths = spellingPaths(codes);
          for (const [path, target] of paths.redirects) {
            const choice = paths.choices.get(target);
            const code = choice ? undefined : byId.get(`${sdk}/${target}`);
            const label = code
              ? `${code.sdk.name} ${code.number !== undefined ? `${code.number} · ${code.constant}` : code.constant}`
              : `${byId.get(choice?.[0] ?? '')?.sdk.name ?? sdk} ${target}`;
            await mkdir(join(root, sdk, path), { recursive: true });
            await writeFile(
              join(root, sdk, path, 'index.html'),
              redirectPage(`${base}${sdk}/${target}/`, code?.url ?? `${base}${sdk}/${target}/`, label),
            );
            redirects++;
          }
        }
        logger.info(`wrote ${api.codes.length} code JSON files and ${redirects} redirects from other spellings`);
      },
    },
  };
}

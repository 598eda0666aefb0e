// @ts-check
/**
 * Writes, after the build, two files per code that are pure derivations of the API's
 * codes.json: the code as JSON (/{vendor}/{sdk}/{number}.json) and a redirect from the
 * constant's name (/{vendor}/{sdk}/{CONSTANT}/) to the code page. Writing them here
 * instead of rendering them as pages keeps the build linear and fast (they were two of
 * every three pages), and makes them agree with codes.json by construction.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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
        /** @type {{ codes: { id: string, vendor: { id: string }, sdk: { id: string, name: string }, number: number, constant: string, url: string }[] }} */
        const api = JSON.parse(await readFile(join(root, 'api/v1/codes.json'), 'utf8'));
        for (const code of api.codes) {
          const sdkPath = join(root, code.sdk.id);
          await mkdir(join(sdkPath, code.constant), { recursive: true });
          await writeFile(join(sdkPath, `${code.number}.json`), `${JSON.stringify(code, null, 2)}\n`);
          const target = `${base}${code.sdk.id}/${code.number}/`;
          await writeFile(
            join(sdkPath, code.constant, 'index.html'),
            redirectPage(target, code.url, `${code.sdk.name} ${code.number} · ${code.constant}`),
          );
        }
        logger.info(`wrote ${api.codes.length} code JSON files and constant-name redirects`);
      },
    },
  };
}

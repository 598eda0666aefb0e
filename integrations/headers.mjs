// @ts-check
/**
 * Writes `_headers` after the build: the file in which static hosts such as Netlify and
 * Cloudflare Pages read the response headers of each path. It carries
 *   - the Content-Security-Policy as a real header, so that `frame-ancestors` applies (a
 *     <meta> policy cannot forbid framing): the union of every page's own <meta> policy,
 *     plus frame-ancestors 'none';
 *   - X-Content-Type-Options and Referrer-Policy on every response;
 *   - long, immutable caching for Astro's hashed assets (/_astro/), and short caching for
 *     the pages, the JSON files and the search index, which change with every release.
 * Hosts combine the headers of every rule a path matches, so the caching rules never
 * overlap: one rule per top-level folder or file of the site.
 * @see https://docs.netlify.com/routing/headers/
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
import { open, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300, must-revalidate';
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The CSP <meta> of a page, read from the start of the file where Astro puts it. */
async function metaPolicy(/** @type {string} */ file) {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16384), 0, 16384, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(head);
    if (match)
      return match[1]
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    // The redirect pages written after the build (code-files.mjs) have no script or style to allow.
    if (/<script|<style/i.test(head))
      throw new Error(`${file}: no Content-Security-Policy <meta>; every page with a script or style must carry one`);
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Every HTML file under the folder. */
async function htmlFiles(/** @type {string} */ root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Merges CSP policies into one that allows what any of them allows, directive by directive.
 * @param {string[]} policies
 */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** @returns {import('astro').AstroIntegration} */
export default function headers() {
  let base = '/';
  return {
    name: 'atlas-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Set();
        for (const file of await htmlFiles(root)) {
          const policy = await metaPolicy(file);
          if (policy) policies.add(policy);
        }
        const csp = `${mergePolicies([...policies])}; frame-ancestors 'none'`;
        const rule = (/** @type {string} */ path, /** @type {Record<string, string>} */ values) =>
          [path, ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
        const rules = [rule(`${base}*`, { ...SECURITY_HEADERS, 'Content-Security-Policy': csp })];
        for (const entry of (await readdir(root, { withFileTypes: true })).sort((a, b) =>
          a.name.localeCompare(b.name),
        )) {
          if (entry.name === '_headers') continue;
          const path = entry.isDirectory() ? `${base}${entry.name}/*` : `${base}${entry.name}`;
          rules.push(rule(path, { 'Cache-Control': entry.name === '_astro' ? IMMUTABLE : SHORT }));
        }
        // The home page itself, which no folder rule covers.
        rules.push(rule(base, { 'Cache-Control': SHORT }));
        await writeFile(join(root, '_headers'), `${rules.join('\n\n')}\n`);
        logger.info(`wrote _headers: ${rules.length} rules, one CSP merged from ${policies.size} page policies`);
      },
    },
  };
}

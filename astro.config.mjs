// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './integrations/pagefind.mjs';
import codeFiles from './integrations/code-files.mjs';
import headers from './integrations/headers.mjs';
import { createHash } from 'node:crypto';
import { THEME_BOOT } from './src/lib/theme-boot.mjs';

const base = process.env.BASE_PATH ?? '/';

/** The hash by which the CSP allows the theme's inline script, and nothing else inline. */
const themeBootHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(THEME_BOOT).digest('base64')}`
);

/**
 * The sitemap lists the site's pages, not its 404 page.
 * @param {string} page
 */
function isListedPage(page) {
  return !/\/404\/?$/.test(new URL(page).pathname);
}

/**
 * SITE_URL and BASE_PATH let a company host the reference inside its own portal,
 * e.g. BASE_PATH=/errors/ serves every page under /errors/.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://rtc-error-atlas.example',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Prism, not Shiki: Shiki's inline styles would need 'unsafe-inline' styles under the CSP.
  markdown: { syntaxHighlight: 'prism' },
  // Pagefind indexes the rendered pages before the redirect pages are added beside them.
  integrations: [mdx(), sitemap({ filter: isListedPage }), pagefind(), codeFiles(), headers()],
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only from this
    // origin (Astro adds hashes for its own inline ones), no request to any other origin.
    // 'wasm-unsafe-eval' is there for Pagefind, which compiles its WebAssembly search
    // engine in the browser; it allows compiling WebAssembly, not eval() of JavaScript.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeBootHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  env: {
    schema: {
      // The repository that "Edit this page" and "Report a missing code" link to; without
      // it those links are left out (src/lib/site-config.ts).
      REPOSITORY_URL: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
      REPOSITORY_BRANCH: envField.string({ context: 'client', access: 'public', default: 'main' }),
    },
  },
  vite: { plugins: [tailwindcss()] },
});

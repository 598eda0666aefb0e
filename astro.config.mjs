// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './integrations/pagefind.mjs';

const base = process.env.BASE_PATH ?? '/';

/**
 * The sitemap lists the site's pages, not the 404 page nor the redirects from a constant's
 * name (/{vendor}/{sdk}/{CONSTANT}/) to its code page.
 * @param {string} page
 */
function isListedPage(page) {
  const path = new URL(page).pathname.slice(base.replace(/\/?$/, '/').length - 1);
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === '404') return false;
  return !(segments.length === 3 && !/^-?\d+$/.test(segments[2]));
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
  integrations: [mdx(), sitemap({ filter: isListedPage }), pagefind()],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './integrations/pagefind.mjs';

/**
 * SITE_URL and BASE_PATH let a company host the reference inside its own portal,
 * e.g. BASE_PATH=/errors/ serves every page under /errors/.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://rtc-error-atlas.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});

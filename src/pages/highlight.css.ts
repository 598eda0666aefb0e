import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/catalog/content';
import { handlingExample } from '../lib/handling';
import { highlight, highlightClasses } from '../lib/highlight';

/**
 * The colours of highlighted code (src/lib/highlight.ts): every example of the catalog is
 * highlighted here too, so that the sheet holds each class a page uses, whatever order the
 * pages are built in.
 */
export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  for (const code of atlas.codes) {
    const example = handlingExample(code, atlas.sdkOf(code));
    await highlight(example.text, example.language);
  }
  const base = `.shiki{background:light-dark(#ffffff,#0d1117);color:light-dark(var(--shiki-light),var(--shiki-dark))}.shiki span{color:light-dark(var(--shiki-light),var(--shiki-dark))}`;
  return new Response(`${base}\n${highlightClasses()}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

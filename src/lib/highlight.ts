/**
 * Syntax highlighting at build time, with no client JavaScript and no inline styles: Shiki
 * colours the tokens, and its style-to-class transformer turns each colour pair into a class
 * (named by a hash of the colours, so the same on every page). /highlight.css carries those
 * classes (src/pages/highlight.css.ts); each token takes its light or dark colour through
 * light-dark(), following the page's colour scheme.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { transformerStyleToClass } from '@shikijs/transformers';
import { HANDLING_LANGUAGES } from '../schemas';

const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
const toClasses = transformerStyleToClass({ classPrefix: 'hl-' });
let highlighter: Promise<Highlighter> | undefined;

function load(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: [...HANDLING_LANGUAGES] });
  return highlighter;
}

/** The code as highlighted HTML: a <pre class="shiki"> whose tokens carry classes only. */
export async function highlight(code: string, language: string): Promise<string> {
  const shiki = await load();
  return shiki.codeToHtml(code, { lang: language, themes: THEMES, defaultColor: false, transformers: [toClasses] });
}

/** The stylesheet of every class that highlighting has produced so far. */
export function highlightClasses(): string {
  return toClasses.getCSS();
}

/**
 * Draws search results with DOM APIs and textContent only: nothing a user typed or the
 * index holds is ever parsed as HTML.
 */
import type { SearchHit, SearchOutcome } from './engine';
import { expandWord } from '../../lib/search/query';
import { urls } from '../../lib/urls';
import { markMatches } from '../../lib/search/highlight';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with the words the query matched in <mark>. */
function marked(node: HTMLElement, text: string, words: string[]): HTMLElement {
  node.replaceChildren(
    ...markMatches(text, words).map((piece) =>
      piece.match ? el('mark', '', piece.text) : document.createTextNode(piece.text),
    ),
  );
  return node;
}

/**
 * One result: SDK and code as the link, then the constant and the one-line summary, with the
 * query's words marked. An exact number or name is marked whole.
 */
export function hitContent(hit: SearchHit, linkable: boolean, words: string[] = []): HTMLElement {
  const box = el('div', 'min-w-0');
  const head = el('div', 'flex flex-wrap items-baseline gap-x-2');
  const title = linkable ? el('a', 'font-medium') : el('span', 'font-medium text-accent');
  marked(title, hit.title, hit.exact === 'number' ? [hit.number] : words);
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  head.append(title);
  if (hit.kind === 'concept')
    head.append(el('span', 'text-xs rounded-full border border-accent text-accent px-2', 'concept: every SDK'));
  else {
    const constant = el('code', 'text-xs [overflow-wrap:anywhere]');
    if (hit.exact === 'constant') constant.append(el('mark', '', hit.constant));
    else constant.textContent = hit.constant;
    head.append(constant);
  }
  if (hit.exact)
    head.append(
      el(
        'span',
        'text-xs rounded-full border border-ok text-ok px-2',
        hit.exact === 'number' ? 'exact number' : hit.exact === 'message' ? 'exact message' : 'exact name',
      ),
    );
  box.append(head, marked(el('p', 'text-sm text-muted'), hit.summary.replace(/`/g, ''), words));
  return box;
}

/** The words to mark in results: the query's words and the catalog's words for them. */
export function wordsToMark(outcome: SearchOutcome): string[] {
  return outcome.query.words.flatMap(expandWord);
}

/**
 * Where a query that names a code exactly leads at once: the code, or, when one number is
 * several SDKs' code, the page listing them. Null when the best result is not exact, or
 * when several different codes match exactly by name.
 */
export function directTarget(outcome: SearchOutcome): { url: string; label: string } | null {
  const exact = outcome.hits.filter((hit) => hit.exact);
  const best = exact[0];
  if (!best || outcome.hits[0] !== best) return null;
  if (exact.length === 1) return { url: best.url, label: `Go to ${best.title}` };
  const numbers = new Set(exact.map((hit) => (hit.exact === 'number' ? hit.number : '')));
  if (numbers.size === 1 && best.number && !numbers.has(''))
    return { url: urls.number(Number(best.number)), label: `Go to every code ${best.number} (${exact.length})` };
  return null;
}

/** The direct way to the exact match, shown above the results; null when there is none. */
export function goToLink(outcome: SearchOutcome): HTMLElement | null {
  const target = directTarget(outcome);
  if (!target) return null;
  const box = el('p', 'rounded-lg border border-ok bg-surface px-3 py-2');
  box.dataset.goTo = '';
  const link = el('a', 'font-medium', `${target.label} →`);
  link.href = target.url;
  box.append(link);
  return box;
}

/** Replaces the children of a list with the hits, as links. */
export function renderResultList(list: HTMLElement, hits: SearchHit[], words: string[] = []): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = el('li', 'py-3 border-t border-line first:border-t-0');
      item.append(hitContent(hit, true, words));
      return item;
    }),
  );
}

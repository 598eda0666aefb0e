/**
 * Draws search results with DOM APIs and textContent only: nothing a user typed or the
 * index holds is ever parsed as HTML.
 */
import type { SearchHit } from './engine';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: SDK and code as the link, then the constant and the one-line summary. */
export function hitContent(hit: SearchHit, linkable: boolean): HTMLElement {
  const box = el('div', 'min-w-0');
  const head = el('div', 'flex flex-wrap items-baseline gap-x-2');
  const title = linkable ? el('a', 'font-medium', hit.title) : el('span', 'font-medium text-accent', hit.title);
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  head.append(title);
  if (hit.kind === 'concept')
    head.append(el('span', 'text-xs rounded-full border border-accent text-accent px-2', 'concept: every SDK'));
  else head.append(el('code', 'text-xs [overflow-wrap:anywhere]', hit.constant));
  if (hit.exact)
    head.append(
      el(
        'span',
        'text-xs rounded-full border border-ok text-ok px-2',
        hit.exact === 'number' ? 'exact number' : hit.exact === 'message' ? 'exact message' : 'exact name',
      ),
    );
  box.append(head, el('p', 'text-sm text-muted', hit.summary.replace(/`/g, '')));
  return box;
}

/** Replaces the children of a list with the hits, as links. */
export function renderResultList(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = el('li', 'py-3 border-t border-line first:border-t-0');
      item.append(hitContent(hit, true));
      return item;
    }),
  );
}

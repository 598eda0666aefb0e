/**
 * The header's search-as-you-type: a combobox whose listbox shows the best codes while the
 * user types. Enter opens the highlighted code; with none highlighted, the code the query
 * names exactly, or else the full search page.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
import { search, warmUp, type SearchOutcome } from './engine';
import { directTarget, hitContent, wordsToMark } from './render';
import { urls } from '../../lib/urls';

const LIMIT = 6;

export function attach(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-panel]');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const more = root.querySelector<HTMLAnchorElement>('[data-more]');
  if (!input || !panel || !list || !status || !more || root.dataset.ready) return;
  root.dataset.ready = 'true';
  warmUp();

  let hrefs: string[] = [];
  /** The page of an exact number or name, opened by Enter when no option is chosen. */
  let direct: string | undefined;
  let active = -1;
  /** The query whose results the list shows. */
  let shown = '';
  let run = 0;

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      // Styled by [role='option'][aria-selected='true'] in global.css: accent on the list, 3:1 or more.
      option.setAttribute('aria-selected', String(i === index));
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${list.id}-option-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++run;
    if (!query) {
      close();
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const outcome = await search(query, {}, LIMIT, (first) => {
      if (mine === run) render(query, first, false);
    });
    if (mine === run) render(query, outcome, true);
  };

  /** Shows results; the count is announced once they are final (`final`), not for the first glimpse. */
  const render = (query: string, outcome: SearchOutcome, final: boolean) => {
    hrefs = outcome.hits.map((hit) => hit.url);
    const target = directTarget(outcome);
    direct = target?.url;
    const words = wordsToMark(outcome);
    list.replaceChildren(
      ...outcome.hits.map((hit, i) => {
        const option = document.createElement('li');
        option.id = `${list.id}-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'px-3 py-2 cursor-pointer border-t border-line first:border-t-0';
        option.append(hitContent(hit, false, words));
        if (i === 0 && target) {
          // The exact match goes first, and Enter opens it (or the codes sharing its number) at once.
          const hint = document.createElement('span');
          hint.className = 'mt-1 block text-xs font-medium text-ok';
          hint.dataset.goTo = target.url;
          hint.textContent = `Enter ↵ · ${target.label}`;
          option.append(hint);
        }
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => window.location.assign(hit.url));
        return option;
      }),
    );
    more.href = urls.search(query);
    more.textContent = outcome.hits.length
      ? `All results for “${query}”`
      : `No code found for “${query}”: open the search page`;
    if (final) {
      list.setAttribute('aria-busy', 'false');
      list.dataset.query = query;
      status.textContent = outcome.hits.length
        ? `${outcome.total} result${outcome.total === 1 ? '' : 's'}${outcome.total > LIMIT ? `, showing ${LIMIT}` : ''}`
        : 'No code found';
    }
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // The final list for the same query keeps the reader's keyboard choice, where it still exists.
    const keep = query === shown && active < hrefs.length ? active : -1;
    shown = query;
    setActive(keep);
  };

  // Every keystroke searches at once; answers to earlier keystrokes are dropped (see `run`).
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden || hrefs.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Positions run from -1 (the input itself) to the last option, wrapping round.
      const next = active + step;
      setActive(next >= hrefs.length ? -1 : next < -1 ? hrefs.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0 && hrefs[active]) {
      event.preventDefault();
      window.location.assign(hrefs[active]);
    } else if (event.key === 'Enter' && active < 0 && direct && shown === input.value.trim()) {
      // An exact number or name typed: go to its code rather than to a page of results.
      event.preventDefault();
      window.location.assign(direct);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount > 0) {
      panel.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  if (input.value.trim()) void update();
}

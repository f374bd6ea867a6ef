import './search.css';
import { t } from '../../i18n/t';
import type { searchAtlas, SearchResult } from '../../state/search';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { h, replaceChildren } from '../dom';
import { resultDetail, resultNames, SEARCH_LIMIT } from './resultText';

/** A mounted search box. */
export interface SearchBox {
  /** The text field (a combobox). */
  readonly input: HTMLInputElement;
  /** Removes the box and its listeners. */
  destroy(): void;
}

/** Options of `mountSearch`. */
export interface SearchOptions {
  /** Page-unique ids (the atlas layout's `id`); default `sca-search…`. */
  id?: (name: string) => string;
}

/**
 * What choosing a result does: a Chinese unit or a partner city becomes the selected city; a country
 * becomes the country filter (its partners only) and clears the selection.
 */
export function chooseResult(store: Store<AtlasState>, result: SearchResult): void {
  if (result.kind === 'country') store.set({ filters: { ...store.get().filters, country: [result.key] }, selected: null });
  else store.set({ selected: { side: result.kind, key: result.key } });
}

function typingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Mounts a search box in `container` for the atlas behind `store`: Chinese characters, pinyin with or
 * without tones, initials, English and country names (see `searchAtlas`). A combobox with a listbox of
 * results (name, other-language name, level and province or country, ties); ↑/↓ move, Enter chooses,
 * Escape closes the list, then clears the text. "/" anywhere on the page focuses the box of the atlas
 * the focus is in (the first atlas's otherwise). Labels follow the state's language. Works in any view,
 * the embed view included. The search itself (index and matching) loads when the box is first
 * focused; what is typed meanwhile is searched once it is there, and an Enter pressed meanwhile chooses
 * the first result then.
 */
export function mountSearch(container: HTMLElement, store: Store<AtlasState>, options: SearchOptions = {}): SearchBox {
  const id = options.id ?? ((name: string) => `sca-${name}`);
  const listId = id('search-list');
  const input = h('input', {
    id: id('search'),
    class: 'sca-search-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'sca-search-list', role: 'listbox', hidden: true });
  const status = h('span', { class: 'sca-search-status', role: 'status' });
  const box = h('div', { class: 'sca-search' }, input, list, status);
  container.append(box);

  let results: SearchResult[] = [];
  let active = -1;
  let search: typeof searchAtlas | null = null;
  let loading: Promise<void> | null = null;
  let chooseWhenLoaded = false;

  const load = (): Promise<void> => {
    loading ??= import('../../state/search').then((module) => {
      search = module.searchAtlas;
      if (!input.isConnected) return;
      render();
      if (chooseWhenLoaded) choose(Math.max(0, active));
      chooseWhenLoaded = false;
    });
    return loading;
  };

  function labels(state: AtlasState): void {
    input.placeholder = t('Search.Placeholder', {}, state.lang);
    input.setAttribute('aria-label', t('Search.Label', {}, state.lang));
    list.setAttribute('aria-label', t('Search.Label', {}, state.lang));
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(next: number): void {
    active = results.length === 0 ? -1 : (next + results.length) % results.length;
    list.querySelectorAll('[role="option"]').forEach((el, i) => {
      el.setAttribute('aria-selected', String(i === active));
    });
    if (active < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', id(`search-option-${active}`));
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(index: number): void {
    const result = results[index];
    if (!result) return;
    chooseResult(store, result);
    input.value = '';
    results = [];
    close();
    status.textContent = '';
  }

  function render(): void {
    if (!search) {
      void load();
      return;
    }
    const state = store.get();
    const query = input.value;
    results = query.trim() ? search(state.dataset, query, SEARCH_LIMIT) : [];
    if (!query.trim()) {
      close();
      status.textContent = '';
      return;
    }
    replaceChildren(
      list,
      results.length === 0
        ? h('li', { class: 'sca-search-empty', role: 'presentation' }, t('Search.NoResults', {}, state.lang))
        : results.map((result, i) => {
            const { name, alt } = resultNames(result, state.lang);
            return h(
              'li',
              {
                id: id(`search-option-${i}`),
                class: `sca-search-option sca-search-${result.kind}`,
                role: 'option',
                'aria-selected': 'false',
                'data-kind': result.kind,
                'data-key': result.key,
                onmousedown: (event: Event) => event.preventDefault(),
                onclick: () => choose(i),
              },
              h('span', { class: 'sca-search-name' }, name, alt && h('span', { class: 'sca-search-alt' }, ` ${alt}`)),
              h('span', { class: 'sca-search-detail' }, resultDetail(result, state.lang)),
            );
          }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = results.length ? t('Search.Results', { count: results.length }, state.lang) : t('Search.NoResults', {}, state.lang);
    setActive(results.length ? 0 : -1);
  }

  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (!search) void load();
    else if (input.value.trim()) render();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) render();
      else setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (search) choose(Math.max(0, active));
      else chooseWhenLoaded = true;
    } else if (event.key === 'Escape') {
      // Escape here is the search's own: it must not also clear the selection.
      event.stopPropagation();
      if (!list.hidden) close();
      else if (input.value) input.value = '';
      else input.blur();
    }
  });

  const doc = container.ownerDocument;
  const onSlash = (event: KeyboardEvent): void => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingTarget(event.target)) return;
    const app = event.target instanceof Element ? event.target.closest('.sca-app') : null;
    const mine = app ? app.contains(input) : doc.querySelector('.sca-search-input') === input;
    if (!mine) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  doc.addEventListener('keydown', onSlash);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang) {
      labels(state);
      if (!list.hidden) render();
    }
    if (state.dataset !== prev.dataset && !list.hidden) render();
  });
  labels(store.get());

  return {
    input,
    destroy() {
      unsubscribe();
      doc.removeEventListener('keydown', onSlash);
      box.remove();
    },
  };
}

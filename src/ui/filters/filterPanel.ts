import { formatNumber } from '../../i18n/format';
import { addMessages, t } from '../../i18n/t';
import { filterMessages } from '../../i18n/messages/exploreViews';
import type { MessageKey } from '../../i18n/messages';
import { selectFacets, type Facets } from '../../state/facets';
import { clearFilters, FILTER_DIMENSIONS, hasFilters, toggleFilter, type FilterDimension } from '../../state/filters';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { selectViewScope } from '../../state/viewScope';
import { selectYearWindow } from '../../state/yearWindow';
import { h, replaceChildren } from '../dom';
import { viewChanged } from '../../state/viewChanged';

addMessages(filterMessages);

/** A mounted filter panel. */
export interface FilterPanel {
  readonly element: HTMLElement;
  /** Shows the state's counts and choices (call when the panel becomes visible). */
  refresh(): void;
  destroy(): void;
}

/** Dimensions whose option lists are long enough to need their own scroll. */
const LONG: ReadonlySet<FilterDimension> = new Set(['province', 'country']);

/**
 * The filter panel: for each dimension (Chinese province and level, partner country and region, relation,
 * year status) a list of check boxes, each option with its number of ties under the current year window
 * (facet counts: the other dimensions' filters applied, within the home city and the selected city, see
 * `selectFacets`), and "Clear filters".
 * Ticking writes `filters` to the store, which every view applies. The lists are built once per
 * dataset and language in a stable order (most ties overall first); counts and ticks update in place,
 * so the focus stays on the box the user ticked. Renders only while `isShown()`.
 */
export function createFilterPanel(store: Store<AtlasState>, ids: (name: string) => string, isShown: () => boolean): FilterPanel {
  const clear = h('button', { type: 'button', class: 'sca-button sca-filters-clear', onclick: () => store.set({ filters: clearFilters() }) });
  const hint = h('p', { class: 'sca-filters-hint' });
  const groups = h('div', { class: 'sca-filters-groups' });
  const element = h('div', { class: 'sca-filters', id: ids('filters') }, h('div', { class: 'sca-filters-head' }, hint, clear), groups);
  let builtFor: { dataset: AtlasState['dataset']; lang: AtlasState['lang'] } | null = null;
  const boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement; row: HTMLElement }>();

  function facetsOf(state: AtlasState): Facets {
    return selectFacets(state.dataset, selectYearWindow(state), state.filters, selectViewScope(state));
  }

  function build(state: AtlasState): void {
    const lang = state.lang;
    const overall = selectFacets(state.dataset, { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, includeUnknown: true }, null);
    boxes.clear();
    replaceChildren(
      groups,
      FILTER_DIMENSIONS.map((dimension) => {
        const options = overall[dimension].filter((o) => o.count > 0);
        return h(
          'fieldset',
          { class: `sca-filters-group${LONG.has(dimension) ? ' sca-filters-long' : ''}`, 'data-dimension': dimension },
          h('legend', {}, t(`Filters.${dimension}` as MessageKey, {}, lang)),
          h(
            'div',
            { class: 'sca-filters-options' },
            options.map((option) => {
              const input = h('input', {
                type: 'checkbox',
                value: option.code,
                'data-dimension': dimension,
                onchange: () => store.set({ filters: toggleFilter(store.get().filters, dimension, option.code) }),
              });
              const count = h('span', { class: 'sca-filters-count' });
              const row = h(
                'label',
                { class: 'sca-filters-option' },
                input,
                h('span', { class: 'sca-filters-name' }, lang === 'zh' ? option.nameZh : option.nameEn),
                count,
              );
              boxes.set(`${dimension}\u0000${option.code}`, { input, count, row });
              return row;
            }),
          ),
        );
      }),
    );
    builtFor = { dataset: state.dataset, lang };
  }

  function refresh(): void {
    const state = store.get();
    if (!builtFor || builtFor.dataset !== state.dataset || builtFor.lang !== state.lang) build(state);
    const facets = facetsOf(state);
    for (const dimension of FILTER_DIMENSIONS) {
      for (const option of facets[dimension]) {
        const box = boxes.get(`${dimension}\u0000${option.code}`);
        if (!box) continue;
        box.input.checked = option.selected;
        box.count.textContent = formatNumber(option.count, state.lang);
        box.row.classList.toggle('sca-filters-zero', option.count === 0 && !option.selected);
      }
    }
    hint.textContent = t('Filters.Hint', {}, state.lang);
    clear.textContent = t('Filters.Clear', {}, state.lang);
    clear.disabled = !hasFilters(state.filters);
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (!isShown()) return;
    if (viewChanged(state, prev)) refresh();
  });

  return {
    element,
    refresh,
    destroy: unsubscribe,
  };
}

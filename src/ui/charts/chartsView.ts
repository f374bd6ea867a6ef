import { formatNumber } from '../../i18n/format';
import { addMessages, t } from '../../i18n/t';
import { chartMessages } from '../../i18n/messages/exploreViews';
import type { MessageKey } from '../../i18n/messages';
import { selectCharts, type ChartBar, type Charts } from '../../state/charts';
import { toggleFilter, type FilterDimension } from '../../state/filters';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { selectStateVisible } from '../../state/visible';
import { h } from '../dom';
import { createChartSvg, renderBarChart } from './barChart';
import { viewChanged } from '../../state/viewChanged';

addMessages(chartMessages);

/** A mounted set of linked charts. */
export interface ChartsView {
  readonly element: HTMLElement;
  /** Draws the state (call when the charts become visible). */
  refresh(): void;
  destroy(): void;
}

type ChartName = keyof Charts;

const CHARTS: readonly ChartName[] = ['countries', 'cities', 'provinces', 'relations'];

/** The filter a bar of each chart toggles; `cities` selects a city instead. */
const DIMENSION: Record<Exclude<ChartName, 'cities'>, FilterDimension> = {
  countries: 'country',
  provinces: 'province',
  relations: 'relation',
};

/**
 * Four linked D3 bar charts of the visible ties (the current window, filters, home and selected city):
 * top partner countries, top Chinese cities, ties by province and by relation type. Clicking a bar (or
 * Enter/Space on it) toggles that country, province or relation filter, or selects the city (then
 * `onPick` runs). They redraw with the store and fit any width.
 */
export function createChartsView(store: Store<AtlasState>, isShown: () => boolean, onPick: () => void): ChartsView {
  const parts = CHARTS.map((name) => {
    const title = h('h3', { class: 'sca-chart-title' });
    const rest = h('p', { class: 'sca-chart-rest' });
    const svg = createChartSvg();
    const section = h('section', { class: `sca-chart sca-chart-${name}`, 'data-chart': name }, title, svg, rest);
    return { name, title, rest, svg, section };
  });
  const empty = h('p', { class: 'sca-chart-empty', hidden: true });
  const element = h(
    'div',
    { class: 'sca-charts' },
    empty,
    parts.map((p) => p.section),
  );

  function pick(name: ChartName, bar: ChartBar): void {
    if (name === 'cities') {
      store.set({ selected: { side: 'cn', key: bar.code } });
      onPick();
      return;
    }
    store.set({ filters: toggleFilter(store.get().filters, DIMENSION[name], bar.code) });
  }

  function refresh(): void {
    const state = store.get();
    const lang = state.lang;
    const visible = selectStateVisible(state);
    const charts = selectCharts(state.dataset, visible.pairing);
    empty.textContent = t('Charts.Empty', {}, lang);
    empty.hidden = visible.total > 0;
    for (const part of parts) {
      const series = charts[part.name];
      part.title.textContent = t(`Charts.${part.name}` as MessageKey, {}, lang);
      part.section.hidden = series.bars.length === 0;
      // Each chart fits its own grid cell (one column on narrow screens, two or more on wide ones).
      const width = part.section.clientWidth || element.clientWidth;
      part.rest.textContent = series.rest > 0 ? t('Charts.Rest', { count: formatNumber(series.rest, lang) }, lang) : '';
      const name = (bar: ChartBar): string => (lang === 'zh' ? bar.nameZh || bar.nameEn : bar.nameEn || bar.nameZh);
      renderBarChart(part.svg, series, {
        width,
        name,
        format: (count) => formatNumber(count, lang),
        label: (bar) => t('Charts.Bar', { name: name(bar), count: formatNumber(bar.count, lang) }, lang),
        active: (bar) =>
          part.name === 'cities'
            ? state.selected?.side === 'cn' && state.selected.key === bar.code
            : (state.filters[DIMENSION[part.name]] as readonly string[]).includes(bar.code),
        onPick: (bar) => pick(part.name, bar),
      });
    }
  }

  let lastWidth = 0;
  const resize = new ResizeObserver(() => {
    const width = element.clientWidth;
    if (!isShown() || width === lastWidth) return;
    lastWidth = width;
    refresh();
  });
  resize.observe(element);

  const unsubscribe = store.subscribe((state, prev) => {
    if (!isShown()) return;
    if (viewChanged(state, prev)) refresh();
  });

  return {
    element,
    refresh,
    destroy() {
      unsubscribe();
      resize.disconnect();
    },
  };
}

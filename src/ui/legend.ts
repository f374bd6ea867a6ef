import { REGIONS } from '../data/regions';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { toggleFilter } from '../state/filters';
import { selectStateVisible } from '../state/visible';
import { h, replaceChildren } from './dom';
import { regionColor } from '../theme/regionColors';
import { viewChanged } from '../state/viewChanged';

/** The arc colour legend with the number of visible ties per partner region; a click on a region toggles its filter. */
export function createLegend(el: HTMLElement, store: Store<AtlasState>): { destroy(): void } {
  function render(state: AtlasState): void {
    const lang = state.lang;
    const visible = selectStateVisible(state);
    const rows = [...REGIONS, 'unknown' as const]
      .map((region) => ({ region, count: visible.byRegion.get(region) ?? 0 }))
      .filter(({ region, count }) => region !== 'unknown' || count > 0);
    replaceChildren(
      el,
      h('div', { class: 'sca-legend-title' }, t('Legend.Title', {}, lang)),
      h(
        'ul',
        { class: 'sca-legend-list' },
        rows.map(({ region, count }) => {
          const on = state.filters.region.includes(region);
          const off = state.filters.region.length > 0 && !on;
          return h(
            'li',
            { class: `sca-legend-row${count ? '' : ' sca-legend-empty'}${off ? ' sca-legend-off' : ''}`, 'data-region': region },
            h(
              'button',
              {
                type: 'button',
                class: 'sca-legend-region',
                'aria-pressed': String(on),
                title: t('Legend.Toggle', { region: t(`Region.${region}`, {}, lang) }, lang),
                onclick: () => store.set({ filters: toggleFilter(store.get().filters, 'region', region) }),
              },
              h('span', { class: 'sca-swatch sca-swatch-line', style: `background:${regionColor(region === 'unknown' ? null : region)}` }),
              h('span', { class: 'sca-legend-name' }, t(`Region.${region}`, {}, lang)),
              h('span', { class: 'sca-legend-count' }, formatNumber(count, lang)),
            ),
          );
        }),
      ),
      h(
        'div',
        { class: 'sca-legend-cities' },
        h('span', { class: 'sca-dot sca-dot-cn' }),
        t('Legend.ChineseCity', {}, lang),
        h('span', { class: 'sca-dot sca-dot-partner' }),
        t('Legend.PartnerCity', {}, lang),
      ),
    );
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (viewChanged(state, prev)) render(state);
  });
  render(store.get());
  return { destroy: unsubscribe };
}

import { cityOf, selectCities } from '../state/cities';
import type { AtlasState } from '../state/state';
import { selectPool } from '../state/pool';
import { selectYearWindow } from '../state/yearWindow';
import { h, replaceChildren } from '../ui/dom';
import { cityName } from '../ui/names';
import { formatCounter } from './counterText';
import { countInWindow, type WindowCount } from './windowCount';

/** The big counter over the map. */
export interface Counter {
  /**
   * Shows the counter for a state (its filters, home city and selected city applied); counts are cached
   * per pool and window. `lastYear` is the axis's last year (a city's whole story reads "Wuxi: …").
   */
  render(state: AtlasState, lastYear?: number): void;
}

/** Creates the counter inside `el` (the page's `#sca-counter`). */
export function createCounter(el: HTMLElement): Counter {
  el.classList.add('sca-counter');
  let cacheKey = '';
  let cachePool: AtlasState['dataset']['pairings'] | null = null;
  let cached: WindowCount = { ties: 0, countries: 0, unknownTotal: 0 };
  return {
    render(state, lastYear) {
      const window = selectYearWindow(state);
      const key = `${window.from}|${window.to}|${window.includeUnknown}`;
      const pool = selectPool(state).pairings;
      if (key !== cacheKey || cachePool !== pool) {
        cached = countInWindow(pool, window);
        cacheKey = key;
        cachePool = pool;
      }
      if (state.dataset.pairings.length === 0) {
        el.replaceChildren();
        return;
      }
      const city = cityOf(selectCities(state.dataset), state.selected);
      const text = formatCounter(state, cached, state.lang, { city: city ? cityName(city, state.lang) : null, lastYear });
      el.setAttribute('data-ties', String(cached.ties));
      replaceChildren(
        el,
        h(
          'div',
          { class: 'sca-counter-main' },
          text.parts.map((part) => (part.strong ? h('strong', {}, part.text) : part.text)),
        ),
        text.note && h('div', { class: 'sca-counter-note' }, text.note),
      );
    },
  };
}

import { t } from '../i18n/t';
import { cityOf, selectCities } from '../state/cities';
import { selectPool } from '../state/pool';
import { resolveUnit } from '../state/resolveUnit';
import type { AtlasState, Lang } from '../state/state';
import { selectYearWindow } from '../state/yearWindow';
import { cityName } from '../ui/names';
import { countInWindow, type WindowCount } from './windowCount';

/**
 * The summary of a view for screen readers: the city it is about in the UI language (or null for the
 * whole atlas), the ties shown and the span of their founding years, e.g. "Wuxi: 24 ties, 1981–2024" /
 * "无锡：24 对友好城市，1981–2024年", or "3,054 ties, 1973–2026" without a city. Undated ties shown are
 * counted apart (", 12 with unknown year"); the span is left out when no tie shown is dated.
 */
export function formatViewSummary(count: Pick<WindowCount, 'ties' | 'undated' | 'first' | 'last'>, city: string | null, lang: Lang): string {
  const head = city === null ? t('Summary.All', { count: count.ties }, lang) : t('Summary.City', { city, count: count.ties }, lang);
  let years = '';
  if (count.first !== undefined && count.last !== undefined) {
    years = count.first === count.last ? t('Summary.Year', { year: count.first }, lang) : t('Summary.Years', { first: count.first, last: count.last }, lang);
  }
  const undated = count.undated ? t('Summary.Undated', { count: count.undated }, lang) : '';
  return `${head}${years}${undated}`;
}

/** The name of the city a view is about: the selected city, else the home unit; null for the whole atlas. */
function viewCityName(state: AtlasState): string | null {
  const city = cityOf(selectCities(state.dataset), state.selected);
  if (city) return cityName(city, state.lang);
  const home = state.home === null ? null : resolveUnit(state.dataset, state.home);
  return home ? cityName(home, state.lang) : null;
}

/**
 * The summary of what a state shows (see `formatViewSummary`): its pool (home, selected city and filters
 * applied) in its year window. '' while the dataset has no ties.
 */
export function selectViewSummary(state: AtlasState): string {
  if (state.dataset.pairings.length === 0) return '';
  const count = countInWindow(selectPool(state).pairings, selectYearWindow(state));
  return formatViewSummary(count, viewCityName(state), state.lang);
}

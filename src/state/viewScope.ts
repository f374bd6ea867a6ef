import type { Dataset } from '../data/schema';
import { cityOf, selectCities } from './cities';
import { selectStateScope, type Scope } from './scope';
import type { AtlasState, CityRef } from './state';

const cache = new WeakMap<Dataset, Map<string, Scope>>();

/**
 * The pairings the whole view is about: the home city's scope (see `selectStateScope`) narrowed to the
 * selected city's ties when a city is selected, so that the counter, the timeline, the legend, the arcs
 * and Play tell that city's story. Null when neither a home nor a selection narrows anything. A selected
 * city the dataset does not have narrows nothing. Memoised per dataset, home, `sub` and selection
 * (compared by value), so the same array comes back while they stay the same.
 */
export function selectViewScope(state: Pick<AtlasState, 'dataset' | 'home' | 'sub'> & { selected?: CityRef | null }): Scope | null {
  const home = selectStateScope(state);
  const selected = state.selected ?? null;
  if (!selected) return home;
  const city = cityOf(selectCities(state.dataset), selected);
  if (!city) return home;
  let byKey = cache.get(state.dataset);
  if (!byKey) {
    byKey = new Map();
    cache.set(state.dataset, byKey);
  }
  const key = `${state.home}|${state.sub}|${selected.side}:${selected.key}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const scope = new Uint8Array(state.dataset.pairings.length);
  for (const i of city.pairings) if (!home || home[i]) scope[i] = 1;
  byKey.set(key, scope);
  return scope;
}

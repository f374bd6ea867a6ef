import type { Dataset, Pairing } from '../data/schema';
import { compileFilters, filtersKey, passesCompiled, selectFilterCodes } from './filters';
import type { Scope } from './scope';
import type { AtlasState, CityRef } from './state';
import { selectViewScope } from './viewScope';

/** The pairings a view is about before its year window. */
export interface Pool {
  /** Those pairings, in dataset order (the dataset's own array when nothing narrows it). */
  pairings: Pairing[];
  /** Per pairing, 1 when it is in the pool; null when every pairing is. */
  mask: Uint8Array | null;
}

const cache = new WeakMap<Dataset, { key: string; scope: Scope | null; pool: Pool }>();

/**
 * The home city's pairings (when there is one), narrowed to the selected city's ties (when one is
 * selected, see `selectViewScope`), that pass the filters: what the timeline bins, the counter counts,
 * Play plays and the arc layer's mask shows, before the year window. Memoised per dataset on the
 * last filters and scope.
 */
export function selectPool(state: Pick<AtlasState, 'dataset' | 'filters' | 'home' | 'sub'> & { selected?: CityRef | null }): Pool {
  const { dataset } = state;
  const scope = selectViewScope(state);
  const key = filtersKey(state.filters);
  const last = cache.get(dataset);
  if (last && last.key === key && last.scope === scope) return last.pool;
  let pool: Pool = { pairings: dataset.pairings, mask: null };
  if (scope !== null || key !== '') {
    const codes = selectFilterCodes(dataset);
    const compiled = compileFilters(codes, state.filters);
    const mask = new Uint8Array(dataset.pairings.length);
    const pairings: Pairing[] = [];
    dataset.pairings.forEach((p, i) => {
      if ((scope && !scope[i]) || !passesCompiled(codes, compiled, i)) return;
      mask[i] = 1;
      pairings.push(p);
    });
    pool = { pairings, mask };
  }
  cache.set(dataset, { key, scope, pool });
  return pool;
}

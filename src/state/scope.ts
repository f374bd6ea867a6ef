import type { Dataset } from '../data/schema';
import { selectHomePairings } from './home';
import { resolveUnit } from './resolveUnit';
import type { AtlasState } from './state';

/** Per pairing, 1 when it belongs to the home city (see `selectHomePairings`). */
export type Scope = Uint8Array;

const cache = new WeakMap<Dataset, Map<string, Scope | null>>();

/**
 * The pairings a home city limits the view to, or null when there is no home (every pairing counts).
 * A home code that names no unit of the dataset limits the view to nothing. Memoised per dataset,
 * home and `sub`, so the same array comes back while they stay the same.
 */
export function selectScope(dataset: Dataset, home: string | null, sub: boolean): Scope | null {
  if (home === null) return null;
  const byKey = cache.get(dataset) ?? new Map<string, Scope | null>();
  cache.set(dataset, byKey);
  const key = `${home}|${sub}`;
  if (byKey.has(key)) return byKey.get(key)!;
  const scope = new Uint8Array(dataset.pairings.length);
  const unit = resolveUnit(dataset, home);
  if (unit) for (const i of selectHomePairings(dataset, unit, sub)) scope[i] = 1;
  byKey.set(key, scope);
  return scope;
}

/** The scope of a state. */
export function selectStateScope(state: Pick<AtlasState, 'dataset' | 'home' | 'sub'>): Scope | null {
  return selectScope(state.dataset, state.home, state.sub);
}

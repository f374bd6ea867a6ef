import type { AtlasState } from './state';

/** What decides the ties the views show (dataset, year window, filters, selection, home city) and the language they read in. */
const VIEW_KEYS = [
  'dataset',
  'lang',
  'yearFrom',
  'yearTo',
  'mode',
  'includeUnknown',
  'filters',
  'selected',
  'home',
  'sub',
] as const satisfies readonly (keyof AtlasState)[];

/**
 * Whether a view of the shown ties (legend, detail panel, filters, table, charts) must render again:
 * something in {@link VIEW_KEYS} changed from `prev` to `state`.
 */
export function viewChanged(state: AtlasState, prev: AtlasState): boolean {
  return VIEW_KEYS.some((key) => state[key] !== prev[key]);
}

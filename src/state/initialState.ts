import type { Dataset } from '../data/schema';
import { clearFilters } from './filters';
import type { AtlasState, Lang } from './state';
import type { Store } from './store';

/** The first year in a dataset's pairings, or null when none is dated. */
export function firstYear(dataset: Dataset): number | null {
  let first: number | null = null;
  for (const p of dataset.pairings) if (p.year !== null && (first === null || p.year < first)) first = p.year;
  return first;
}

/** The state that shows a whole dataset: every year from the first to `currentYear`, undated ties included. */
export function datasetState(
  dataset: Dataset,
  currentYear: number,
): Pick<AtlasState, 'dataset' | 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown' | 'selected' | 'hovered' | 'growYear' | 'growProgress' | 'playing'> {
  const first = firstYear(dataset) ?? currentYear;
  return {
    dataset,
    yearFrom: Math.min(first, currentYear),
    yearTo: Math.max(first, currentYear),
    mode: 'cumulative',
    includeUnknown: true,
    selected: null,
    hovered: null,
    growYear: null,
    growProgress: 1,
    playing: false,
  };
}

/** An empty dataset, shown until the real one has loaded. */
export const EMPTY_DATASET: Dataset = { title: '', pairings: [], totals: [] };

/** The state at boot. */
export function createInitialState(lang: Lang, projection: AtlasState['projection'], currentYear: number): AtlasState {
  return {
    lang,
    projection,
    datasetVersion: 0,
    isDefaultDataset: true,
    speed: 1,
    loop: false,
    filters: clearFilters(),
    home: null,
    sub: true,
    embed: false,
    ...datasetState(EMPTY_DATASET, currentYear),
  };
}

/** How a new dataset arrived: the shipped one (or its URL twin) or a user's import. */
export interface ReplaceOptions {
  isDefault: boolean;
  currentYear: number;
}

/**
 * Shows `dataset` instead of the current one everywhere: the year window spans the new data,
 * the selection is cleared, `datasetVersion` is bumped. The one way a dataset replaces another
 * (the shipped data at boot, `?data=`, an import, "Back to default data").
 */
export function replaceDataset(store: Store<AtlasState>, dataset: Dataset, options: ReplaceOptions): void {
  store.set({ ...datasetState(dataset, options.currentYear), datasetVersion: store.get().datasetVersion + 1, isDefaultDataset: options.isDefault });
}

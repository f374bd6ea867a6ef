/**
 * Builds the indexes that every view of a dataset reads (each memoised per dataset object) one
 * task at a time, before the dataset is shown: a file of 100,000 ties then replaces the shown one
 * without one long task computing them all.
 */
import type { Dataset } from '../data/schema';
import { selectCities } from './cities';
import { FILTER_DIMENSIONS, selectFilterCodes, selectFilterColumn } from './filters';

/** The memoised indexes of a dataset, in the order they are built: the filter codes one dimension at a time. */
const INDEXES: readonly ((dataset: Dataset) => unknown)[] = [
  selectCities,
  ...FILTER_DIMENSIONS.map((dimension) => (dataset: Dataset) => selectFilterColumn(dataset, dimension)),
  selectFilterCodes,
];

/**
 * Builds each index of `dataset` after `nextTask()` resolves (which should let the page handle its
 * events), then each of `more` (the indexes of the views outside the core, such as the map's arcs),
 * and resolves in the task after the last one, so that showing the dataset starts a task too.
 */
export async function prepareDataset(dataset: Dataset, nextTask: () => Promise<void>, more: readonly ((dataset: Dataset) => unknown)[] = []): Promise<void> {
  for (const index of [...INDEXES, ...more]) {
    await nextTask();
    index(dataset);
  }
  await nextTask();
}

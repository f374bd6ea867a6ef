/**
 * Builds the indexes that every view of a dataset reads (each memoised per dataset object) one
 * task at a time, before the dataset is shown: a file of 100,000 ties then replaces the shown one
 * without one long task computing them all.
 */
import type { Dataset } from '../data/schema';
import { selectCities } from './cities';
import { selectFilterCodes } from './filters';

/** The memoised indexes of a dataset, in the order they are built. */
const INDEXES: readonly ((dataset: Dataset) => unknown)[] = [selectCities, selectFilterCodes];

/** Builds each index of `dataset` after `nextTask()` resolves (which should let the page handle its events). */
export async function prepareDataset(dataset: Dataset, nextTask: () => Promise<void>): Promise<void> {
  for (const index of INDEXES) {
    await nextTask();
    index(dataset);
  }
}

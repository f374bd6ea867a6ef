/** What the benchmark pages share: the dataset named by `?data=` and the map size from `?w=&h=`. */
import { fetchDatasetFile } from '../app/fetchDatasetFile';
import { fetchDefaultDataset } from '../app/fetchDefault';
import type { Dataset } from '../data/schema';

/** A `w` or `h` parameter as a CSS size: whole pixels, or the whole window when absent. */
export function parseSize(value: string | null): string {
  if (value === null) return '100%';
  const px = Number(value);
  if (!Number.isInteger(px) || px <= 0) throw new Error(`invalid size: ${value}`);
  return `${px}px`;
}

/** The dataset file at `url` on this origin, or the shipped dataset when `url` is null. */
export async function fetchBenchDataset(url: string | null): Promise<Dataset> {
  if (url === null) return (await fetchDefaultDataset()).dataset;
  const file = await fetchDatasetFile(url, location.href);
  if (!file) throw new Error(`invalid data: ${url} is not a dataset file on this origin`);
  return file.dataset;
}

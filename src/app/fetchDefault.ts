import atlasUrl from '../../data/atlas.json?url';
import { parseDatasetFile } from '../data/loadDataset';
import type { Dataset } from '../data/schema';

/** Loads the shipped dataset from the app's own origin, or from `url` (the library's copy beside it). */
export async function fetchDefaultDataset(url: string = atlasUrl): Promise<{ dataset: Dataset; problems: string[] }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return parseDatasetFile(await response.json());
}

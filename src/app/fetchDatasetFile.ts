import { parseDatasetFile } from '../data/loadDataset';
import { isJsonObject } from '../data/parsePairing';
import type { Dataset } from '../data/schema';

/**
 * Fetches `url` (resolved against `baseUrl`) when it is an http(s) URL on the page's own origin and holds a dataset
 * in the app's own format (`format: 'sister-city-atlas'`, like data/atlas.json), and reads it.
 * Resolves with null for anything else (another origin, a failed request, another format), which
 * the importer then takes as a user file and reports on.
 */
export async function fetchDatasetFile(url: string, baseUrl: string): Promise<{ dataset: Dataset; problems: string[] } | null> {
  const resolved = URL.parse(url, baseUrl);
  if (!resolved || !/^https?:$/.test(resolved.protocol) || resolved.origin !== new URL(baseUrl).origin) return null;
  let json: unknown;
  try {
    const response = await fetch(resolved);
    if (!response.ok) return null;
    json = await response.json();
  } catch {
    return null;
  }
  if (!isJsonObject(json) || json.format !== 'sister-city-atlas') return null;
  return parseDatasetFile(json);
}

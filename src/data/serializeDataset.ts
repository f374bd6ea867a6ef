/**
 * Writes datasets in the file format of data/atlas.json (`DatasetFile`, version 1), for the build and
 * for saving an imported dataset. Pure: no DOM.
 */
import type { Dataset, DatasetFile } from './schema';

function list(items: readonly unknown[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}

/**
 * Writes a dataset file as compact JSON with one pairing or total per line, so a rebuild shows up in
 * a diff record by record. The output is valid JSON that parses back to `file`, and depends only on
 * `file` (key order follows the objects, nothing is added).
 */
export function formatDatasetFile(file: DatasetFile): string {
  const head = [
    `"format":${JSON.stringify(file.format)}`,
    `"version":${JSON.stringify(file.version)}`,
    `"title":${JSON.stringify(file.title)}`,
    `"sourceHash":${JSON.stringify(file.sourceHash)}`,
  ].join(',');
  return `{${head},\n"pairings":${list(file.pairings)},\n"totals":${list(file.totals)}}\n`;
}

/**
 * A loaded dataset (shipped or imported) as the text of an atlas JSON file that `parseDatasetFile`
 * reads back to an equal dataset: every pairing with its points as geocoded and the choices the user
 * made already applied, every claim, flag and total. `sourceHash` is '' since the data did not come
 * from the source pack build.
 */
export function serializeDataset(dataset: Dataset): string {
  return formatDatasetFile({
    format: 'sister-city-atlas',
    version: 1,
    title: dataset.title,
    sourceHash: '',
    pairings: dataset.pairings,
    totals: dataset.totals,
  });
}

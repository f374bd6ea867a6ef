import type { DatasetFile } from '../src/data/schema';

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

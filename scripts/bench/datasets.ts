/**
 * The datasets a benchmark run measures: the shipped one (data/atlas.json, as the app loads it by
 * default) and deterministic synthetic ones written to a temporary directory that the benchmark's
 * server mounts at /bench-data/ beside dist/. Nothing generated here is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { DatasetFile } from '../../src/data/schema';
import { countriesOf, createLandSampler } from './landPoints';
import { cnUnitsOf, createSyntheticDataset } from './syntheticDataset';

/** URL prefix under which the benchmark server serves the generated files. */
export const BENCH_DATA_PREFIX = '/bench-data/';

/** Seed of every synthetic dataset: change it and every figure changes. */
export const SYNTHETIC_SEED = 20240601;

/** Sizes of the synthetic datasets of a full run; `--quick` takes the first. */
export const SYNTHETIC_SIZES = [3_000, 30_000, 100_000] as const;

/** One dataset as the benchmark uses it. */
export interface BenchDataset {
  /** `shipped`, `3k`, `30k`, `100k`. */
  id: string;
  /** Records in the file. */
  pairings: number;
  /** Records with both ends on the map: the arcs drawn with the whole year range shown. */
  onMap: number;
  /** The `data` URL parameter for the app and the bench page; null for the shipped dataset. */
  dataParam: string | null;
  /** Size of the file in bytes. */
  bytes: number;
}

/** `3000` → `3k`. */
export function sizeLabel(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function onMapOf(file: DatasetFile): number {
  return file.pairings.filter((p) => p.notOnMap === null).length;
}

/**
 * Reads the shipped dataset and writes the synthetic ones of `sizes` into `dir`. `includeShipped`
 * false leaves the shipped dataset out of the list (its Chinese units are still used).
 */
export function prepareDatasets(root: string, dir: string, sizes: readonly number[], includeShipped: boolean): BenchDataset[] {
  const shippedPath = join(root, 'data/atlas.json');
  const shippedText = readFileSync(shippedPath, 'utf8');
  const shipped = JSON.parse(shippedText) as DatasetFile;
  const land = readJson<FeatureCollection<MultiPolygon>>(join(root, 'public/world/land.json'));
  const labels = readJson<FeatureCollection<Point, { name_en: string; name_zh: string; iso2: string; area: number }>>(
    join(root, 'public/world/country-labels.json'),
  );
  if (countriesOf(labels).length === 0) throw new Error('invalid country-labels.json: no country with a region');
  const samplePartner = createLandSampler(land, labels);
  const cnUnits = cnUnitsOf(shipped);

  const datasets: BenchDataset[] = [];
  if (includeShipped) {
    datasets.push({ id: 'shipped', pairings: shipped.pairings.length, onMap: onMapOf(shipped), dataParam: null, bytes: Buffer.byteLength(shippedText) });
  }
  for (const size of sizes) {
    const file = createSyntheticDataset({ size, seed: SYNTHETIC_SEED + size, cnUnits, samplePartner, totals: shipped.totals });
    const name = `synthetic-${sizeLabel(size)}.json`;
    const text = JSON.stringify(file);
    writeFileSync(join(dir, name), text);
    datasets.push({
      id: sizeLabel(size),
      pairings: file.pairings.length,
      onMap: onMapOf(file),
      dataParam: `${BENCH_DATA_PREFIX.slice(1)}${name}`,
      bytes: Buffer.byteLength(text),
    });
  }
  return datasets;
}

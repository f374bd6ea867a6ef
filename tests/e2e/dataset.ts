import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../../src/data/schema';
import { ROOT } from './harness';

/** The shipped dataset as committed in data/, read straight from disk (not through the app). */
export function readShippedDataset(): DatasetFile {
  return JSON.parse(readFileSync(join(ROOT, 'data/atlas.json'), 'utf8')) as DatasetFile;
}

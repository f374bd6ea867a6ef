import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetFile } from '../../../src/data/schema';

/** Path of a file in the repo's data/ folder. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));
}

/** The committed data/atlas.json, parsed as JSON (not validated). */
export function readAtlasFile(): DatasetFile {
  return JSON.parse(readFileSync(dataPath('atlas.json'), 'utf8')) as DatasetFile;
}

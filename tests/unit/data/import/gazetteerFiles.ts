import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCnGazetteer, type CnGazetteer } from '../../../../src/data/import/cnGazetteer';
import type { GazetteerLoader } from '../../../../src/data/import/session';
import { parseWorldGazetteer, type WorldGazetteer } from '../../../../src/data/import/worldGazetteer';

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'public', 'gazetteer');

let cn: CnGazetteer | null = null;
let world: WorldGazetteer | null = null;

/** The shipped Chinese gazetteer, read once. */
export function cnGazetteer(): CnGazetteer {
  cn ??= parseCnGazetteer(readFileSync(join(DIR, 'cn.tsv'), 'utf8'));
  return cn;
}

/** The shipped world gazetteer, read once. */
export function worldGazetteer(): WorldGazetteer {
  world ??= parseWorldGazetteer(readFileSync(join(DIR, 'world.tsv'), 'utf8'), readFileSync(join(DIR, 'partners.tsv'), 'utf8'));
  return world;
}

/** A loader over the shipped files that counts what it loaded. */
export function fileLoader(): GazetteerLoader & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    cn: async () => {
      loads.push('cn');
      return cnGazetteer();
    },
    world: async () => {
      loads.push('world');
      return worldGazetteer();
    },
  };
}

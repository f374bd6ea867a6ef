import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAtlasFile } from '../atlasFile';
import { cnGazetteer, worldGazetteer } from './gazetteerFiles';

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'public', 'gazetteer');

describe('public/gazetteer', () => {
  it('public/gazetteer files stay under 5 MB each', () => {
    for (const name of readdirSync(DIR)) expect(statSync(join(DIR, name)).size, name).toBeLessThan(5 * 1024 * 1024);
  });

  it('public/gazetteer/*.tsv start with the headers the parsers read', () => {
    const header = (name: string): string => readFileSync(join(DIR, name), 'utf8').split('\n', 1)[0]!;
    expect(header('cn.tsv')).toBe('code\tzh\ten\tpinyin\tlevel\tparent\tlat\tlon');
    expect(header('world.tsv')).toBe('name\tascii\tzh\talt\tiso2\tadmin1\tlat\tlon\tpopulation');
    expect(header('partners.tsv')).toBe('name\tzh\tiso2\tlevel\tlat\tlon');
  });

  it('the Chinese gazetteer knows every Chinese unit of the shipped dataset by its code', () => {
    const g = cnGazetteer();
    const missing = readAtlasFile().pairings.filter((p) => p.cn.code !== '' && g.byCode.get(p.cn.code)?.zh !== p.cn.nameZh);
    expect(missing.map((p) => p.id)).toEqual([]);
  });

  it('the world gazetteer has points in range for every place it indexes', () => {
    const bad = [...worldGazetteer().byKey.values()]
      .flat()
      .filter((place) => !(Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180 && /^[A-Z]{2}$/.test(place.iso2)));
    expect(bad).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ambiguity, Choices } from '../../../../src/data/import/ambiguity';
import type { SourceFile } from '../../../../src/data/import/readSources';
import { REPORT_GROUPS } from '../../../../src/data/import/report';
import { createImportSession, type ImportResult } from '../../../../src/data/import/session';
import { bigCsv } from '../../../fixtures/make';
import { fileLoader } from './gazetteerFiles';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');

function fixture(name: string): SourceFile {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) };
}

/** The dialog's defaults: the suggested candidate where there is one, else off the map. */
function suggestions(ambiguities: Ambiguity[]): Choices {
  return Object.fromEntries(ambiguities.map((a) => [a.id, a.suggested]));
}

async function run(
  files: SourceFile[],
  choices: (ambiguities: Ambiguity[]) => Choices = suggestions,
): Promise<ImportResult & { loads: string[]; ambiguities: string[] }> {
  const loader = fileLoader();
  const session = createImportSession(loader);
  const opened = session.open(files, files.map((f) => f.name).join(' + '), null);
  if (!opened.ok) throw new Error(`fixture did not open: ${opened.error.code}`);
  const resolved = await session.resolve(opened.summary.detection.mapping);
  if (!resolved.ok) throw new Error(`fixture did not resolve: ${resolved.problem}`);
  const ids = resolved.ambiguities.map((a) => a.id);
  return { ...session.build(choices(resolved.ambiguities)), loads: loader.loads, ambiguities: ids };
}

function drawn(result: ImportResult): number {
  return result.dataset.pairings.filter((p) => p.notOnMap === null).length;
}

function expectEveryRowOnce(result: ImportResult, rows: number): void {
  const { counts, entries } = result.report;
  expect(counts.rows).toBe(rows);
  expect(REPORT_GROUPS.reduce((sum, group) => sum + counts[group], 0)).toBe(rows);
  expect(entries).toHaveLength(rows);
}

describe('createImportSession', () => {
  it('imports the Chinese-header CSV without coordinates: every row geocoded and drawn', async () => {
    const result = await run([fixture('cities-zh.csv')]);
    expectEveryRowOnce(result, 13);
    expect(result.report.counts).toMatchObject({ geocoded: 12, noYear: 1, loaded: 0, merged: 0, notOnMap: 0, rejected: 0 });
    expect(drawn(result)).toBe(13);
    expect(result.loads).toEqual(['cn', 'world']);
    expect(result.ambiguities).toEqual(['partner|saintlouis|US']);
    const nanjing = result.dataset.pairings.find((p) => p.cn.nameZh === '南京市')!;
    expect(nanjing).toMatchObject({
      year: 1979,
      yearStatus: 'sourced',
      partner: { nameEn: 'St. Louis', iso2: 'US', countryZh: '美国', region: 'north-america' },
    });
    expect(nanjing.claims).toEqual([{ year: 1979, date: '1979-11-02', kind: 'signing', reliability: 'user', url: '', title: 'cities-zh.csv', note: 'row 2' }]);
    expect(nanjing.cn).toMatchObject({ nameEn: 'Nanjing', provinceZh: '江苏省', level: 'prefecture' });
  });

  it('imports the same file in GB18030 with the same result', async () => {
    const utf8 = await run([fixture('cities-zh.csv')]);
    const gb = await run([fixture('cities-zh-gb18030.csv')]);
    expect(gb.report.counts).toEqual(utf8.report.counts);
    expect(gb.dataset.pairings.map((p) => p.id)).toEqual(utf8.dataset.pairings.map((p) => p.id));
  });

  it('imports LineString GeoJSON using the line ends as points, without a gazetteer for the world', async () => {
    const result = await run([fixture('ties.geojson')]);
    expectEveryRowOnce(result, 6);
    expect(result.report.counts).toMatchObject({ loaded: 4, noYear: 1, rejected: 1 });
    expect(drawn(result)).toBe(5);
    expect(result.loads).toEqual(['cn']);
    expect(result.report.entries.find((e) => e.group === 'rejected')).toMatchObject({ row: 6, reason: 'feature-not-a-line-or-point' });
  });

  it('imports a FlowmapBlue locations + flows pair in either order', async () => {
    for (const files of [
      [fixture('flows-locations.csv'), fixture('flows-flows.csv')],
      [fixture('flows-flows.csv'), fixture('flows-locations.csv')],
    ]) {
      const result = await run(files);
      expectEveryRowOnce(result, 4);
      expect(result.report.counts).toMatchObject({ loaded: 3, rejected: 1 });
      expect(result.report.entries.find((e) => e.group === 'rejected')).toMatchObject({ row: 5, reason: 'location-id-not-found', detail: 'xx' });
      expect(drawn(result)).toBe(3);
    }
  });

  it('lists each bad row of the malformed file with its reason', async () => {
    const result = await run([fixture('malformed.csv')]);
    expectEveryRowOnce(result, 10);
    const byRow = Object.fromEntries(result.report.entries.map((e) => [e.row, `${e.group}:${e.reason}`]));
    expect(byRow).toEqual({
      2: 'loaded:coordinates-in-file',
      3: 'rejected:partner-name-missing',
      4: 'rejected:same-city',
      5: 'notOnMap:coordinates-out-of-range',
      6: 'notOnMap:coordinates-invalid',
      7: 'noYear:year-unreadable',
      8: 'merged:duplicate',
      9: 'notOnMap:partner-not-found',
      10: 'notOnMap:cn-ambiguous',
      11: 'rejected:cn-name-missing',
    });
    expect(drawn(result)).toBe(2);
    const merged = result.dataset.pairings.find((p) => p.cn.nameEn === 'Nanjing')!;
    expect(merged.claims.map((c) => c.date)).toEqual(['1979', '1979-11-02']);
    expect(merged.partner).toMatchObject({ nameZh: '圣路易斯', countryZh: '美国', lat: 38.6273 });
  });

  it('draws an ambiguous name once the user chooses a candidate', async () => {
    const result = await run([fixture('malformed.csv')], (ambiguities) => Object.fromEntries(ambiguities.map((a) => [a.id, 0])));
    const suzhou = result.dataset.pairings.find((p) => p.partner.nameEn === 'Venice')!;
    expect(suzhou.notOnMap).toBeNull();
    expect(suzhou.cn.nameZh).toBe('苏州市');
    expect(suzhou.flags).toContain('place_chosen_by_user');
    expect(result.report.entries.find((e) => e.row === 10)).toMatchObject({ group: 'geocoded', reason: 'geocoded-chosen' });
  });

  it('imports 100,000 rows, every row counted once', async () => {
    const result = await run([{ name: 'big.csv', bytes: new TextEncoder().encode(bigCsv(100_000)) }]);
    expectEveryRowOnce(result, 100_000);
    expect(result.report.counts.loaded).toBe(100_000);
    expect(drawn(result)).toBe(100_000);
  }, 60_000);
});

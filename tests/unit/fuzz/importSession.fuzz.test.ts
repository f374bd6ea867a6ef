import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Choices } from '../../../src/data/import/ambiguity';
import { COLUMN_ROLES, type ColumnMapping } from '../../../src/data/import/columns';
import type { SourceFile } from '../../../src/data/import/readSources';
import { REPORT_GROUPS } from '../../../src/data/import/report';
import { createImportSession, type TableSummary } from '../../../src/data/import/session';
import { cnGazetteer, fileLoader, worldGazetteer } from '../data/import/gazetteerFiles';
import { fuzzRuns, fuzzTimeout, MAX_MS_PER_INPUT, timedAsync } from './fuzzRuns';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What one import of generated files gave: the summary (null when reading failed) and the counts. */
interface Outcome {
  summary: TableSummary | null;
  reported: number | null;
}

/**
 * Runs a whole import the way the worker does: open, resolve with `mapping` (the detected one by
 * default), build with the suggested choices (or every ambiguity left off the map). Checks on the
 * way that the report puts every table row and every unreadable source row in exactly one group.
 */
async function runImport(files: SourceFile[], pickMapping?: (summary: TableSummary) => ColumnMapping, leaveOff = false): Promise<Outcome> {
  const session = createImportSession(fileLoader());
  const opened = session.open(files, 'fuzz', null);
  if (!opened.ok) {
    expect(typeof opened.error.code).toBe('string');
    return { summary: null, reported: null };
  }
  const { summary } = opened;
  const resolved = await session.resolve(pickMapping ? pickMapping(summary) : summary.detection.mapping);
  if (!resolved.ok) return { summary, reported: null };
  const choices: Choices = Object.fromEntries(resolved.ambiguities.map((a) => [a.id, leaveOff ? null : a.suggested]));
  const { report, dataset } = session.build(choices);
  const expected = summary.rows + summary.unreadable;
  expect(report.counts.rows).toBe(expected);
  expect(report.entries).toHaveLength(expected);
  expect(REPORT_GROUPS.reduce((sum, group) => sum + report.counts[group], 0)).toBe(expected);
  expect(new Set(report.entries.map((e) => `${e.row}`)).size).toBe(expected);
  const kept = report.counts.rows - report.counts.rejected - report.counts.merged;
  expect(dataset.pairings).toHaveLength(kept);
  for (const p of dataset.pairings) {
    if (p.notOnMap === null) for (const n of [p.cn.lat, p.cn.lon, p.partner.lat, p.partner.lon]) expect(Number.isFinite(n)).toBe(true);
  }
  return { summary, reported: report.counts.rows };
}

const CN_NAMES = ['南京市', 'Nanjing', '苏州', 'Suzhou', '泰州市', '上海', 'Beijing', '北京市', '', ' ', '<img src=x onerror=alert(1)>', '市', 'Shi'];
const PARTNER_NAMES = ['St. Louis', 'Springfield', 'Tokyo', '神户', 'Paris', 'Nanjing', '', 'javascript:alert(1)', 'Ñandú', 'São Paulo'];
const COUNTRIES = ['US', 'USA', '美国', 'Japan', '日本', 'Bosnia and Herzegovina', 'Antigua and Barbuda', 'St. Kitts and Nevis', 'XX', '', 'the Netherlands'];
const YEARS = ['1979', '1979-05-12', '1979年5月12日', '12/05/1979', '2/30/1999', '', 'unknown', '１９８０', '1899', '2101'];
const COORDS = ['32.06', '118.79', '-90.2', '38.6', '91', '-181', 'NaN', 'Infinity', '1e400', '', '0', '-0', '12,5', ' 45 '];

/** A cell: a plausible value of some role, or any text (quotes, newlines and all). */
const cell = fc.oneof(
  fc.constantFrom(...CN_NAMES, ...PARTNER_NAMES, ...COUNTRIES, ...YEARS, ...COORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const HEADERS = [
  'city',
  '中方城市',
  'province',
  'partner',
  '外方城市',
  'country',
  '国家',
  'year',
  '结好时间',
  'lat',
  'lon',
  'lat1',
  'lon1',
  'lat2',
  'lon2',
  'notes',
  '',
  'city',
];

/** Rows of a table under a header of known and unknown words. */
const table = fc.integer({ min: 1, max: 7 }).chain((width) =>
  fc.record({
    headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 8 })), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 25 }),
  }),
);

const isBlank = (row: readonly string[]): boolean => row.every((c) => c.trim() === '');

/** Any mapping of roles to columns (or none), including nonsense ones. */
const mappingFor = (columns: number): fc.Arbitrary<ColumnMapping> =>
  fc.record(
    Object.fromEntries(COLUMN_ROLES.map((role) => [role, fc.option(fc.integer({ min: 0, max: Math.max(0, columns - 1) }))])) as Record<
      keyof ColumnMapping,
      fc.Arbitrary<number | null>
    >,
  );

beforeAll(() => {
  cnGazetteer();
  worldGazetteer();
}, 120_000);

describe('the import session under generated input', () => {
  it(
    'a generated CSV keeps every non-blank row once in the report, whatever its cells hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(table, fc.boolean(), async ({ headers, rows }, leaveOff) => {
          const csv = Papa.unparse({ fields: headers, data: rows }, { quotes: false, newline: '\r\n' });
          const { value, ms } = await timedAsync(() => runImport([{ name: 'fuzz.csv', bytes: encode(csv) }], undefined, leaveOff));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          if (!value.summary || isBlank(headers) || !/[,;|\t]/.test(csv) || /[;|\t]/.test(csv)) return;
          expect(value.summary.rows).toBe(rows.filter((row) => !isBlank(row)).length);
        }),
        { numRuns: fuzzRuns(800) },
      );
    },
    fuzzTimeout(800),
  );

  it(
    'a generated table under any column mapping never throws and accounts for every row',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          table.chain((t) => fc.tuple(fc.constant(t), mappingFor(t.headers.length))),
          async ([{ headers, rows }, mapping]) => {
            const tsv = [headers, ...rows].map((row) => row.map((c) => c.replace(/[\t\r\n"]/g, ' ')).join('\t')).join('\n');
            const { ms } = await timedAsync(() => runImport([{ name: 'fuzz.tsv', bytes: encode(tsv) }], () => mapping));
            expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          },
        ),
        { numRuns: fuzzRuns(500) },
      );
    },
    fuzzTimeout(500),
  );

  it(
    'any bytes under any file name give a table or a read error, never an exception',
    async () => {
      const name = fc.constantFrom('x.csv', 'x.tsv', 'x.json', 'x.geojson', 'x', '<svg onload=alert(1)>.csv');
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 200 }).map(encode),
        fc.jsonValue({ maxDepth: 4 }).map((v) => encode(JSON.stringify(v) ?? '')),
        fc.constantFrom(
          new Uint8Array([0xef, 0xbb, 0xbf]),
          new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
          new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
          new Uint8Array([0xfe, 0xff]),
        ),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(name, bytes), { minLength: 1, maxLength: 3 }), async (files) => {
          const { ms } = await timedAsync(() => runImport(files.map(([n, b]) => ({ name: n, bytes: b }))));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
        }),
        { numRuns: fuzzRuns(1000) },
      );
    },
    fuzzTimeout(1000),
  );

  it(
    'a generated GeoJSON collection of lines and odd features puts every feature in the report once',
    async () => {
      const position = fc.oneof(
        fc.tuple(fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })),
        fc.jsonValue({ maxDepth: 1 }),
      );
      const geometry = fc.oneof(
        { weight: 5, arbitrary: fc.array(position, { maxLength: 4 }).map((coordinates) => ({ type: 'LineString', coordinates })) },
        {
          weight: 1,
          arbitrary: fc.record({
            type: fc.constantFrom('Polygon', 'MultiLineString', 'GeometryCollection', 'Nope'),
            coordinates: fc.jsonValue({ maxDepth: 2 }),
          }),
        },
        { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'LineString', 7) },
      );
      const properties = fc.oneof(
        fc.record({ city: cell, partner: cell, country: cell, year: fc.oneof(cell, fc.integer(), fc.constant(null)) }, { requiredKeys: [] }),
        fc.jsonValue({ maxDepth: 2 }),
      );
      const feature = fc.record({ type: fc.constant('Feature'), properties, geometry });
      await fc.assert(
        fc.asyncProperty(fc.array(feature, { minLength: 1, maxLength: 20 }), async (features) => {
          const text = JSON.stringify({ type: 'FeatureCollection', features });
          const { value, ms } = await timedAsync(() => runImport([{ name: 'fuzz.geojson', bytes: encode(text) }]));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          if (value.summary) expect(value.summary.rows + value.summary.unreadable).toBe(features.length);
        }),
        { numRuns: fuzzRuns(700) },
      );
    },
    fuzzTimeout(700),
  );

  it(
    'a generated FlowmapBlue pair puts every flow in the report once, known location or not',
    async () => {
      const id = fc.constantFrom('a', 'b', 'c', 'd', '1', '', 'a ');
      const location = fc.tuple(id, cell, fc.constantFrom(...COORDS), fc.constantFrom(...COORDS));
      const flow = fc.tuple(id, id, fc.constantFrom(...YEARS), fc.nat(9));
      await fc.assert(
        fc.asyncProperty(
          fc.array(location, { minLength: 1, maxLength: 8 }),
          fc.array(flow, { minLength: 1, maxLength: 15 }),
          fc.boolean(),
          async (locations, flows, swap) => {
            const clean = (row: (string | number)[]): string[] => row.map((c) => String(c).replace(/[,\r\n"]/g, ' '));
            const locationsCsv = Papa.unparse({ fields: ['id', 'name', 'lat', 'lon'], data: locations.map(clean) });
            const flowsCsv = Papa.unparse({ fields: ['origin', 'dest', 'time', 'count'], data: flows.map(clean) });
            const files = [
              { name: 'locations.csv', bytes: encode(locationsCsv) },
              { name: 'flows.csv', bytes: encode(flowsCsv) },
            ];
            const { value, ms } = await timedAsync(() => runImport(swap ? files.reverse() : files));
            expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
            if (value.summary) expect(value.summary.rows + value.summary.unreadable).toBe(flows.filter((f) => !isBlank(clean(f))).length);
          },
        ),
        { numRuns: fuzzRuns(500) },
      );
    },
    fuzzTimeout(500),
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../../../src/data/loadDataset';
import { readAtlasFile } from '../data/atlasFile';
import { fuzzRuns, fuzzTimeout, MAX_MS_PER_INPUT, timed } from './fuzzRuns';

const shipped = readAtlasFile();
const samples = shipped.pairings.slice(0, 40) as unknown as Record<string, unknown>[];

/** A value at a path of a record replaced by any JSON value (or removed). */
function mutate(record: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  if (value === undefined && rest.length === 0) delete copy[key];
  else copy[key] = mutate(copy[key], rest, value);
  return copy;
}

const FIELDS = [
  ['id'],
  ['cn'],
  ['cn', 'nameEn'],
  ['cn', 'nameZh'],
  ['cn', 'lat'],
  ['cn', 'lon'],
  ['cn', 'level'],
  ['cn', 'code'],
  ['partner'],
  ['partner', 'nameEn'],
  ['partner', 'iso2'],
  ['partner', 'region'],
  ['partner', 'lat'],
  ['partner', 'lon'],
  ['relation'],
  ['year'],
  ['yearStatus'],
  ['claims'],
  ['claims', '0'],
  ['flags'],
  ['notOnMap'],
];

/** A shipped pairing with a few fields replaced by arbitrary JSON, or arbitrary JSON. */
const pairing = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))), { maxLength: 4 }),
      )
      .map(([base, edits]) => edits.reduce<unknown>((record, [path, value]) => mutate(record, path, value), base)),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const file = fc.record({
  format: fc.oneof({ weight: 9, arbitrary: fc.constant('sister-city-atlas') }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
  version: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
  title: fc.jsonValue({ maxDepth: 1 }),
  pairings: fc.oneof({ weight: 9, arbitrary: fc.array(pairing, { maxLength: 12 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
  totals: fc.oneof(
    { weight: 9, arbitrary: fc.array(fc.oneof(fc.constant(shipped.totals[0]), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  ),
});

describe('parseDatasetFile under generated input', () => {
  it(
    'parseDatasetFile(any JSON) throws only "invalid dataset" errors, and accounts for every pairing record',
    () => {
      fc.assert(
        fc.property(fc.oneof({ weight: 9, arbitrary: file }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }), (json) => {
          let result: ReturnType<typeof parseDatasetFile>;
          try {
            const run = timed(() => parseDatasetFile(json));
            expect(run.ms).toBeLessThan(MAX_MS_PER_INPUT);
            result = run.value;
          } catch (error) {
            expect(String(error)).toMatch(/^Error: invalid dataset: /);
            return;
          }
          const input = (json as { pairings: unknown[] }).pairings;
          const dropped = result.problems.filter((p) => /(no id|repeated id); dropped$/.test(p)).length;
          expect(result.dataset.pairings.length + dropped).toBe(input.length);
          expect(typeof result.dataset.title).toBe('string');
          for (const p of result.dataset.pairings) {
            for (const text of [p.id, p.cn.nameEn, p.cn.nameZh, p.partner.nameEn, p.partner.nameZh, p.partner.iso2, p.partner.countryEn, p.partner.countryZh])
              expect(typeof text).toBe('string');
            expect(p.year === null || Number.isFinite(p.year)).toBe(true);
            if (p.notOnMap === null) {
              for (const n of [p.cn.lat, p.cn.lon, p.partner.lat, p.partner.lon]) expect(Number.isFinite(n)).toBe(true);
            }
            for (const claim of p.claims) for (const text of [claim.url, claim.title, claim.note]) expect(typeof text).toBe('string');
          }
        }),
        { numRuns: fuzzRuns(1500) },
      );
    },
    fuzzTimeout(1500),
  );
});

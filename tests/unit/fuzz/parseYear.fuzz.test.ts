import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR, parseYear } from '../../../src/data/import/parseYear';
import { fuzzRuns, fuzzTimeout, MAX_MS_PER_INPUT, timed } from './fuzzRuns';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Text that looks like a date often: digits, separators, 年月日 and noise. */
const dateLike = fc
  .array(fc.constantFrom(...'0123456789-./年月日号 T:Z+０１９', 'ab', '\u0000', '٣', '١٩٧٩'), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('parseYear under generated input', () => {
  it(
    'parseYear(any string) never throws, and a result is a year in range with a real date of that year',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 64 }), dateLike), (text) => {
          const { value, ms } = timed(() => parseYear(text));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          if (value === null) return;
          expect(Number.isInteger(value.year)).toBe(true);
          expect(value.year).toBeGreaterThanOrEqual(MIN_YEAR);
          expect(value.year).toBeLessThanOrEqual(MAX_YEAR);
          const match = DATE.exec(value.date);
          expect(match).not.toBeNull();
          expect(Number(match![1])).toBe(value.year);
          if (match![2] !== undefined) {
            const month = Number(match![2]);
            expect(month).toBeGreaterThanOrEqual(1);
            expect(month).toBeLessThanOrEqual(12);
            if (match![3] !== undefined) {
              const day = Number(match![3]);
              const date = new Date(Date.UTC(value.year, month - 1, day));
              expect(date.getUTCDate()).toBe(day);
            }
          }
        }),
        { numRuns: fuzzRuns(1500) },
      );
    },
    fuzzTimeout(1500),
  );

  it(
    'parseYear(y-m-d) reads back every real date it is given',
    () => {
      fc.assert(
        fc.property(fc.date({ min: new Date(Date.UTC(MIN_YEAR, 0, 1)), max: new Date(Date.UTC(MAX_YEAR, 11, 31)), noInvalidDate: true }), (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseYear(iso)).toEqual({ year: date.getUTCFullYear(), date: iso });
        }),
        { numRuns: fuzzRuns(500) },
      );
    },
    fuzzTimeout(500),
  );
});

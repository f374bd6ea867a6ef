import { describe, expect, it } from 'vitest';
import { binPairings, DEFAULT_FIRST_YEAR, selectYearExtent } from '../../../src/timeline/bins';
import { dataset, pairing } from './pairingFixture';

const SAMPLE = dataset([
  pairing('a', 1979, 'US', 'north-america'),
  pairing('b', 1979, 'JP', 'east-asia'),
  pairing('c', 1979, 'JP', 'east-asia'),
  pairing('d', 1981, 'FR', 'europe'),
  pairing('e', null, 'DE', 'europe'),
  pairing('f', null, 'XX', null),
  pairing('g', 1985, 'US', 'north-america'),
]);

describe('selectYearExtent', () => {
  it('selectYearExtent(pairings, year) spans the first year in the data to the current year', () => {
    expect(selectYearExtent(SAMPLE.pairings, 2026)).toEqual({ first: 1979, last: 2026, hasDated: true });
  });

  it('selectYearExtent(pairings, year) ignores years before 1900 and after the current year', () => {
    const pairings = [pairing('a', 1850, 'US'), pairing('b', 2031, 'US'), pairing('c', 1990, 'US')];
    expect(selectYearExtent(pairings, 2026)).toEqual({ first: 1990, last: 2026, hasDated: true });
  });

  it('selectYearExtent(pairings, year) falls back to a default start when no tie is dated', () => {
    expect(selectYearExtent([pairing('a', null, 'US')], 2026)).toEqual({ first: DEFAULT_FIRST_YEAR, last: 2026, hasDated: false });
    expect(selectYearExtent([], 2026).hasDated).toBe(false);
  });

  it('selectYearExtent(pairings, year) rejects a current year that is not a year', () => {
    expect(() => selectYearExtent([], Number.NaN)).toThrow(/invalid currentYear/);
    expect(() => selectYearExtent([], 1492)).toThrow(/invalid currentYear/);
  });
});

describe('binPairings', () => {
  const bins = binPairings(SAMPLE, 2026);

  it('binPairings(dataset, year) makes one bin per axis year', () => {
    expect(bins.years).toHaveLength(2026 - 1979 + 1);
    expect(bins.years[0]?.year).toBe(1979);
    expect(bins.years.at(-1)?.year).toBe(2026);
  });

  it('binPairings(dataset, year) counts each year by partner region', () => {
    const y1979 = bins.years[0];
    expect(y1979?.total).toBe(3);
    expect(y1979?.byRegion['east-asia']).toBe(2);
    expect(y1979?.byRegion['north-america']).toBe(1);
    expect(bins.years[1981 - 1979]?.byRegion.europe).toBe(1);
    expect(bins.years[1980 - 1979]?.total).toBe(0);
    expect(bins.maxPerYear).toBe(3);
  });

  it('binPairings(dataset, year) puts undated ties in the unknown bucket, by region', () => {
    expect(bins.unknown.total).toBe(2);
    expect(bins.unknown.byRegion.europe).toBe(1);
    expect(bins.unknown.byRegion.unknown).toBe(1);
    expect(bins.dated).toBe(5);
    expect(bins.total).toBe(7);
  });

  it('binPairings(dataset, year) counts ties and distinct countries cumulatively', () => {
    const at = (year: number) => ({
      ties: bins.cumulative.ties[year - 1979],
      countries: bins.cumulative.countries[year - 1979],
    });
    expect(at(1979)).toEqual({ ties: 3, countries: 2 });
    expect(at(1980)).toEqual({ ties: 3, countries: 2 });
    expect(at(1981)).toEqual({ ties: 4, countries: 3 });
    expect(at(1985)).toEqual({ ties: 5, countries: 3 });
    expect(at(2026)).toEqual({ ties: 5, countries: 3 });
  });

  it('binPairings(dataset, year) reports years off the axis and still counts old ones cumulatively', () => {
    const odd = binPairings(
      dataset([pairing('old', 1850, 'GB'), pairing('future', 2040, 'US'), pairing('nan', Number.NaN, 'US'), pairing('ok', 1990, 'US')]),
      2026,
    );
    expect(odd.outside).toEqual({ below: 1, above: 1, invalid: 1 });
    expect(odd.extent.first).toBe(1990);
    expect(odd.cumulative.ties[0]).toBe(2);
    expect(odd.cumulative.countries[0]).toBe(2);
    expect(odd.years.reduce((sum, bin) => sum + bin.total, 0)).toBe(1);
  });

  it('binPairings(dataset, year) bins an empty dataset without throwing', () => {
    const empty = binPairings(dataset([]), 2026);
    expect(empty.extent.hasDated).toBe(false);
    expect(empty.years).toHaveLength(2026 - DEFAULT_FIRST_YEAR + 1);
    expect(empty.maxPerYear).toBe(0);
    expect(empty.unknown.total).toBe(0);
    expect(empty.cumulative.ties.every((n) => n === 0)).toBe(true);
  });

  it('binPairings(dataset, year) keeps a dataset of undated ties in the unknown bucket', () => {
    const undated = binPairings(dataset([pairing('a', null, 'US'), pairing('b', null, 'FR')]), 2026);
    expect(undated.extent.hasDated).toBe(false);
    expect(undated.unknown.total).toBe(2);
    expect(undated.dated).toBe(0);
  });
});

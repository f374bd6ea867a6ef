import { describe, expect, it } from 'vitest';
import { decimalYear } from '../../../src/data/decimalYear';
import { parseOfficialTotals } from '../../../scripts/officialTotals';

describe('decimalYear', () => {
  it('decimalYear reads a bare year as its start', () => {
    expect(decimalYear('1978')).toBe(1978);
  });

  it('decimalYear counts months as twelfths', () => {
    expect(decimalYear('2015-06')).toBe(2015.42);
  });

  it('decimalYear places a day inside its month', () => {
    expect(decimalYear('2024-11-19')).toBe(2024.88);
  });

  it('decimalYear rejects impossible dates and other text', () => {
    expect([decimalYear('2015-02-29'), decimalYear('2015-13'), decimalYear('mid-2015')]).toEqual([null, null, null]);
  });
});

const NATIONAL = () => ({ kind: 'national' as const, code: '' });

describe('parseOfficialTotals', () => {
  const row = { scope: 'China', as_of: '2024-11-19', pairs: '3054', countries: '147', source_url: 'u', note: 'n' };

  it('parseOfficialTotals reads a full row', () => {
    expect(parseOfficialTotals([row], NATIONAL, () => {})).toEqual([
      { scope: 'China', scopeKind: 'national', scopeCode: '', asOf: '2024-11-19', asOfYear: 2024.88, pairs: 3054, countries: 147, url: 'u', note: 'n' },
    ]);
  });

  it('parseOfficialTotals keeps a row without counts, with nulls and no warning', () => {
    const warnings: string[] = [];
    const [total] = parseOfficialTotals([{ ...row, pairs: '', countries: '' }], NATIONAL, (w) => warnings.push(w));
    expect([total?.pairs, total?.countries, warnings]).toEqual([null, null, []]);
  });

  it('parseOfficialTotals skips a row whose as_of is not a date, with a warning', () => {
    const warnings: string[] = [];
    expect(parseOfficialTotals([{ ...row, as_of: 'soon' }], NATIONAL, (w) => warnings.push(w))).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});

describe('decimalYear at the end of a year', () => {
  it('decimalYear("2019-12-31") stays in 2019', () => {
    expect(decimalYear('2019-12-31')).toBe(2019.99);
  });
});

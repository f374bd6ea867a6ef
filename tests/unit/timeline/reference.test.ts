import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { OfficialTotal } from '../../../src/data/schema';
import { binPairings } from '../../../src/timeline/bins';
import { selectOfficialShare } from '../../../src/timeline/chartLegend';
import { cumulativePath, selectOfficialPoints } from '../../../src/timeline/reference';
import { dataset, pairing } from './pairingFixture';

function total(scope: string, asOf: string, asOfYear: number, pairs: number | null): OfficialTotal {
  return { scope, scopeKind: 'national', scopeCode: '', asOf, asOfYear, pairs, countries: null, url: '', note: '', noteZh: '' };
}

const BINS = binPairings(dataset([pairing('a', 1979, 'JP'), pairing('b', 1980, 'US'), pairing('c', 1980, 'FR')]), 1983);
const TOTALS = [
  total('China', '1981-07', 1981.5, 40),
  total('China', '1980', 1980, 10),
  total('China', '1982', 1982, null),
  total('Jiangsu', '1981', 1981, 5),
  total('China', '1960', 1960, 1),
];

describe('selectOfficialPoints', () => {
  it('selectOfficialPoints(totals, bins) keeps national totals with a count inside the axis, by date', () => {
    const points = selectOfficialPoints(TOTALS, BINS);
    expect(points.map((p) => p.total.asOf)).toEqual(['1980', '1981-07']);
  });

  it('selectOfficialPoints(totals, bins) puts a year-only total mid-year and a dated one where it falls', () => {
    const [year, dated] = selectOfficialPoints(TOTALS, BINS);
    expect(year?.at).toBe(1980);
    expect(dated?.at).toBeCloseTo(1981);
  });
});

describe('selectOfficialShare', () => {
  it('selectOfficialShare(totals, bins) compares the newest official total with the dataset by then', () => {
    expect(selectOfficialShare(TOTALS, BINS)).toEqual({ date: '1981-07', pairs: 40, held: 3, share: 8 });
  });

  it('selectOfficialShare(totals, bins) is null without national totals', () => {
    expect(selectOfficialShare([TOTALS[3] as OfficialTotal], BINS)).toBeNull();
  });
});

describe('cumulativePath', () => {
  it('cumulativePath(bins, x, y) steps up at each year to the count by its end', () => {
    const x = scaleLinear().domain([1978.5, 1983.5]).range([0, 50]);
    const y = scaleLinear().domain([0, 10]).range([100, 0]);
    expect(cumulativePath(BINS, x, y)).toBe('M0,90H10V70H20V70H30V70H40V70H50');
  });
});

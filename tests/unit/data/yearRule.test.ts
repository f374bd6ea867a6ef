import { describe, expect, it } from 'vitest';
import { chooseYear, compareClaims, reliabilityRank } from '../../../src/data/yearRule';
import { claim } from './claimFixture';

describe('chooseYear', () => {
  it('chooseYear([]) is null and unknown', () => {
    expect(chooseYear([])).toEqual({ year: null, yearStatus: 'unknown' });
  });

  it('chooseYear(claims) takes the earliest signing year of the most reliable source class', () => {
    const claims = [
      claim(1978, { reliability: 'news' }),
      claim(1981, { reliability: 'official' }),
      claim(1980, { reliability: 'official' }),
      claim(1979, { reliability: 'partner-official' }),
    ];
    expect(chooseYear(claims).year).toBe(1980);
  });

  it('chooseYear(claims) prefers a signing claim over an earlier approval or other claim', () => {
    const claims = [
      claim(1984, { kind: 'approval', reliability: 'official' }),
      claim(1983, { kind: 'other', reliability: 'official' }),
      claim(1986, { kind: 'signing', reliability: 'low' }),
    ];
    expect(chooseYear(claims).year).toBe(1986);
  });

  it('chooseYear(claims) without a signing claim takes the earliest claim of any kind', () => {
    const claims = [claim(1990, { kind: 'other', reliability: 'official' }), claim(1988, { kind: 'approval', reliability: 'low' })];
    expect(chooseYear(claims).year).toBe(1988);
  });

  it('chooseYear(claims) is sourced when every claim names the same year', () => {
    expect(chooseYear([claim(1979), claim(1979, { kind: 'approval' })]).yearStatus).toBe('sourced');
  });

  it('chooseYear(claims) is a conflict when any two claims name different years, whatever their kind', () => {
    const claims = [claim(1985, { kind: 'approval', reliability: 'official' }), claim(1986)];
    expect(chooseYear(claims)).toEqual({ year: 1986, yearStatus: 'conflict' });
  });
});

describe('compareClaims', () => {
  it('compareClaims sorts by year, then a bare year before a dated day, then the more reliable source', () => {
    const sorted = [
      claim(1980, { date: '1980-03-01', reliability: 'official' }),
      claim(1980, { date: '1980', reliability: 'low' }),
      claim(1979, { date: '1979', reliability: 'low' }),
      claim(1979, { date: '1979', reliability: 'official' }),
    ].sort(compareClaims);
    expect(sorted.map((c) => `${c.date} ${c.reliability}`)).toEqual(['1979 official', '1979 low', '1980 low', '1980-03-01 official']);
  });

  it('reliabilityRank orders official before partner-official, news, wiki-mirror and low', () => {
    const ranks = (['official', 'partner-official', 'news', 'wiki-mirror', 'low'] as const).map(reliabilityRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
  });
});

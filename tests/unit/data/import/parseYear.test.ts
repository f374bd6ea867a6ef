import { describe, expect, it } from 'vitest';
import { parseYear } from '../../../../src/data/import/parseYear';

describe('parseYear', () => {
  it.each([
    ['1979', { year: 1979, date: '1979' }],
    ['1979年', { year: 1979, date: '1979' }],
    [' 1979.0 ', { year: 1979, date: '1979' }],
    ['1979-05-12', { year: 1979, date: '1979-05-12' }],
    ['1979.5.12', { year: 1979, date: '1979-05-12' }],
    ['1979/5/12', { year: 1979, date: '1979-05-12' }],
    ['1979年5月12日', { year: 1979, date: '1979-05-12' }],
    ['1979年5月12号', { year: 1979, date: '1979-05-12' }],
    ['1979年5月', { year: 1979, date: '1979-05' }],
    ['1979-05', { year: 1979, date: '1979-05' }],
    ['1979-05-12T00:00:00Z', { year: 1979, date: '1979-05-12' }],
    ['１９７９年５月１２日', { year: 1979, date: '1979-05-12' }],
  ])('parseYear(%j) reads the year and date', (text, expected) => {
    expect(parseYear(text)).toEqual(expected);
  });

  it('parseYear(12/05/1979) keeps only the year when day and month could be either way round', () => {
    expect(parseYear('12/05/1979')).toEqual({ year: 1979, date: '1979' });
  });

  it('parseYear(25/12/1979) reads a day-first date when the first part cannot be a month', () => {
    expect(parseYear('25/12/1979')).toEqual({ year: 1979, date: '1979-12-25' });
  });

  it('parseYear(12/25/1979) reads a month-first date when the second part cannot be a month', () => {
    expect(parseYear('12/25/1979')).toEqual({ year: 1979, date: '1979-12-25' });
  });

  it.each(['', 'unknown', '不详', '79', '1979/1980', '1979-13-01', '1979-02-30', '1850', '3000', '32/13/1979', 'about 1979'])(
    'parseYear(%j) is null',
    (text) => {
      expect(parseYear(text)).toBeNull();
    },
  );
});

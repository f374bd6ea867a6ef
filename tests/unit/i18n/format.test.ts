import { describe, expect, it } from 'vitest';
import { formatClaimDate, formatCount, formatNumber, pluralize } from '../../../src/i18n/format';

const TIES = { one: '{n} tie', other: '{n} ties' };

describe('format', () => {
  it('formatNumber(2195, "en") groups thousands with a comma', () => {
    expect(formatNumber(2195, 'en')).toBe('2,195');
  });

  it('formatNumber(2195, "zh") uses the zh-CN grouping', () => {
    expect(formatNumber(2195, 'zh')).toBe(new Intl.NumberFormat('zh-CN').format(2195));
    expect(formatNumber(2195, 'zh')).toBe('2,195');
  });

  it('pluralize(1, "en") picks the one form and pluralize(2, "en") the other form', () => {
    expect(pluralize(1, 'en', { one: 'tie', other: 'ties' })).toBe('tie');
    expect(pluralize(2, 'en', { one: 'tie', other: 'ties' })).toBe('ties');
    expect(pluralize(0, 'en', { one: 'tie', other: 'ties' })).toBe('ties');
  });

  it('pluralize(1, "zh") falls back to the other form, Chinese having no singular', () => {
    expect(pluralize(1, 'zh', { one: '对(单)', other: '对' })).toBe('对');
  });

  it('formatCount(1, "en") writes "1 tie", never "1 ties"', () => {
    expect(formatCount(1, 'en', TIES)).toBe('1 tie');
    expect(formatCount(2490, 'en', TIES)).toBe('2,490 ties');
  });

  it('formatClaimDate("1979-05-12") reads 1979年5月12日 and 12 May 1979', () => {
    expect(formatClaimDate('1979-05-12', 'zh')).toBe('1979年5月12日');
    expect(formatClaimDate('1979-05-12', 'en')).toBe('12 May 1979');
  });

  it('formatClaimDate("1979-05") gives month and year only', () => {
    expect(formatClaimDate('1979-05', 'zh')).toBe('1979年5月');
    expect(formatClaimDate('1979-05', 'en')).toBe('May 1979');
  });

  it('formatClaimDate("1979") gives the year only', () => {
    expect(formatClaimDate('1979', 'zh')).toBe('1979年');
    expect(formatClaimDate('1979', 'en')).toBe('1979');
  });

  it('formatClaimDate keeps the first and last day of a year whatever the time zone', () => {
    expect(formatClaimDate('1980-01-01', 'en')).toBe('1 January 1980');
    expect(formatClaimDate('1979-12-31', 'zh')).toBe('1979年12月31日');
  });

  it('formatClaimDate returns text that is not a date unchanged', () => {
    expect(formatClaimDate('around 1980', 'en')).toBe('around 1980');
    expect(formatClaimDate('1979-02-30', 'en')).toBe('1979-02-30');
  });
});

import { describe, expect, test } from 'vitest';
import { countryNames, iso2FromNumeric } from '../../../../scripts/world/countryNames';

describe('countryNames', () => {
  test('iso2FromNumeric(code) maps ISO numeric codes to alpha-2', () => {
    expect(iso2FromNumeric('156')).toBe('CN');
    expect(iso2FromNumeric('036')).toBe('AU');
    expect(iso2FromNumeric('840')).toBe('US');
  });

  test('iso2FromNumeric(code) returns empty for what is not a country code', () => {
    expect(iso2FromNumeric('')).toBe('');
    expect(iso2FromNumeric('CN')).toBe('');
    expect(iso2FromNumeric('419')).toBe('');
  });

  test('countryNames(id, name) names a country in Chinese from its numeric id', () => {
    expect(countryNames('276', 'Germany')).toEqual({ iso2: 'DE', nameEn: 'Germany', nameZh: '德国' });
  });

  test('countryNames(id, name) uses short Chinese label names for Hong Kong and Macao', () => {
    expect(countryNames('344', 'Hong Kong').nameZh).toBe('香港');
    expect(countryNames('446', 'Macao').nameZh).toBe('澳门');
  });

  test('countryNames(id, name) names places Natural Earth gives no id', () => {
    expect(countryNames(undefined, 'Kosovo')).toEqual({ iso2: 'XK', nameEn: 'Kosovo', nameZh: '科索沃' });
  });

  test('countryNames(id, name) throws for a place it cannot name in Chinese', () => {
    expect(() => countryNames(undefined, 'Atlantis')).toThrow(/invalid country/);
  });
});

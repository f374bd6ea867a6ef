import { describe, expect, test } from 'vitest';
import { withOtherParams } from '../../../src/state/urlExtras';

describe('withOtherParams', () => {
  test('withOtherParams(view, original) keeps ?test and unknown parameters as written, after the view', () => {
    expect(withOtherParams('?years=1980-1990', '?test&years=1970-2000&utm=a%20b')).toBe('?years=1980-1990&test&utm=a%20b');
  });

  test('withOtherParams(view, original) drops the view parameters of the original', () => {
    expect(withOtherParams('', '?lang=zh&city=Akashi&country=JP')).toBe('');
  });

  test('withOtherParams(view, original) with no other parameters is the view', () => {
    expect(withOtherParams('?home=320200', '')).toBe('?home=320200');
  });
});

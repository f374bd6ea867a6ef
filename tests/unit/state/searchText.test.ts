import { describe, expect, test } from 'vitest';
import { hasHan, latinWords, normaliseHan, normaliseLatin, pinyinForms, stripHanSuffix } from '../../../src/state/searchText';

describe('searchText', () => {
  test('normaliseLatin(text) drops tone marks, tone numbers, spaces and punctuation', () => {
    expect(normaliseLatin('nán jīng')).toBe('nanjing');
    expect(normaliseLatin('Nan2jing1')).toBe('nanjing');
    expect(normaliseLatin("Xi'an")).toBe('xian');
    expect(normaliseLatin('Lüshunkou')).toBe('lushunkou');
  });

  test('normaliseLatin(text) writes Saint as St', () => {
    expect(normaliseLatin('Saint Louis')).toBe(normaliseLatin('St. Louis'));
    expect(normaliseLatin('Sainte-Foy')).toBe('stefoy');
  });

  test('latinWords(text) splits at spaces and punctuation', () => {
    expect(latinWords('  St.-Louis  ')).toEqual(['st', 'louis']);
  });

  test('hasHan(text) tells Chinese characters from Latin', () => {
    expect(hasHan('南京')).toBe(true);
    expect(hasHan('nanjing')).toBe(false);
  });

  test('stripHanSuffix(name) drops one administrative suffix and keeps bare names', () => {
    expect(stripHanSuffix(normaliseHan('南京市'))).toBe('南京');
    expect(stripHanSuffix(normaliseHan('新疆维吾尔自治区'))).toBe('新疆');
    expect(stripHanSuffix('市')).toBe('');
    expect(stripHanSuffix('东京')).toBe('');
  });

  test('pinyinForms(syllables, nameZh) gives joined syllables and initials', () => {
    expect(pinyinForms('nan jing', '南京市')).toEqual({ full: ['nanjing'], initials: ['nj'] });
  });

  test('pinyinForms(syllables, nameZh) leaves a spelled-out suffix out of the joined form', () => {
    expect(pinyinForms('nán jīng shì', '南京市')).toEqual({ full: ['nanjing'], initials: ['njs', 'nj'] });
  });
});

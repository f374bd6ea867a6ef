import { describe, expect, test } from 'vitest';
import type { SearchResult } from '../../../../src/state/search';
import { resultDetail, resultNames } from '../../../../src/ui/search/resultText';

const base: SearchResult = {
  kind: 'cn',
  key: '320500',
  nameEn: 'Suzhou',
  nameZh: '苏州市',
  level: 'prefecture',
  provinceEn: 'Jiangsu',
  provinceZh: '江苏省',
  parentEn: '',
  parentZh: '',
  countryEn: 'China',
  countryZh: '中国',
  ties: 33,
};

describe('resultDetail', () => {
  test('resultDetail(cn result, "en") tells Suzhou, Jiangsu from Suzhou, Anhui by level and province', () => {
    expect(resultDetail(base, 'en')).toBe('city · Jiangsu · 33 ties');
    expect(resultDetail({ ...base, key: '341300', provinceEn: 'Anhui', provinceZh: '安徽省', ties: 1 }, 'en')).toBe('city · Anhui · 1 tie');
  });

  test('resultDetail(district result, lang) names its parent city too', () => {
    const qixia = { ...base, nameEn: 'Qixia', nameZh: '栖霞区', level: 'district' as const, parentEn: 'Nanjing', parentZh: '南京市', ties: 1 };
    expect(resultDetail(qixia, 'en')).toBe('district · Nanjing, Jiangsu · 1 tie');
    expect(resultDetail(qixia, 'zh')).toBe('江苏省南京市 · 区 · 1 对');
  });

  test('resultDetail(country result, lang) says that choosing it shows its partners', () => {
    const japan = { ...base, kind: 'country' as const, key: 'JP', nameEn: 'Japan', nameZh: '日本', level: null, provinceEn: '', provinceZh: '', ties: 263 };
    expect(resultDetail(japan, 'en')).toBe('country · show its partners · 263 ties');
  });
});

describe('resultNames', () => {
  test('resultNames(result, lang) gives the UI language first and the other as an aside', () => {
    expect(resultNames(base, 'en')).toEqual({ name: 'Suzhou', alt: '苏州市' });
    expect(resultNames(base, 'zh')).toEqual({ name: '苏州市', alt: 'Suzhou' });
    expect(resultNames({ ...base, nameZh: 'Suzhou' }, 'en')).toEqual({ name: 'Suzhou', alt: '' });
  });
});

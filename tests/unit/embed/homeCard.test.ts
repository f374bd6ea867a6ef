import { describe, expect, test } from 'vitest';
import { officialFigureFor } from '../../../src/data/coverage';
import { formatHomeCard } from '../../../src/embed/homeCard';
import { embed } from '../../../src/i18n/messages/embed';
import { selectHomeFigures } from '../../../src/state/home';
import { resolveUnit } from '../../../src/state/resolveUnit';
import { readAtlasFile } from '../data/atlasFile';
import { pairing } from '../pairing';
import { embedTranslate } from './translate';

const atlas = readAtlasFile();
const wuxi = selectHomeFigures(atlas, resolveUnit(atlas, '无锡')!, true);
const wuxiPairings = atlas.pairings.filter((p) => p.cn.nameZh === '无锡市' || p.cn.parentZh === '无锡市');
const countries = new Set(wuxiPairings.map((p) => p.partner.iso2)).size;
const official = officialFigureFor(atlas.totals, { code: '320200', nameEn: 'Wuxi', level: 'prefecture' })!;

describe('formatHomeCard', () => {
  test('formatHomeCard(Wuxi, null, en) reads "无锡 Wuxi · N ties with M countries since 1981 · first: Akashi, Japan"', () => {
    expect(formatHomeCard(wuxi, null, 'en', embedTranslate('en')).text).toBe(
      `无锡 Wuxi · ${wuxiPairings.length} ties with ${countries} countries since 1981 · first: Akashi, Japan`,
    );
  });

  test('formatHomeCard(Wuxi, null, zh) reads the same figures in Chinese', () => {
    expect(formatHomeCard(wuxi, null, 'zh', embedTranslate('zh')).text).toBe(
      `无锡 Wuxi · 自1981年起与 ${countries} 个国家结好 ${wuxiPairings.length} 对 · 首个：日本明石市`,
    );
  });

  test('formatHomeCard(Wuxi, official, en) adds the newest official total and keeps its source', () => {
    const card = formatHomeCard(wuxi, official, 'en', embedTranslate('en'));
    expect(card.official).toBe('official: 48 in 28 countries, 2016');
    expect(card.officialUrl).toBe(official.url);
  });

  test('formatHomeCard(figures, official, en) writes an official total without countries as pairs only', () => {
    const card = formatHomeCard(wuxi, { pairs: 23, countries: null, asOf: '2014-04', url: '' }, 'en', embedTranslate('en'));
    expect(card.official).toBe('official: 23, 2014');
  });

  test('formatHomeCard(figures, official, en) leaves out an official total without a pair count', () => {
    const card = formatHomeCard(wuxi, { pairs: null, countries: 3, asOf: '2014', url: 'x' }, 'en', embedTranslate('en'));
    expect([card.official, card.officialUrl]).toEqual([null, '']);
  });

  test('formatHomeCard(one undated tie, null, en) uses the singular and no year', () => {
    const dataset = { title: 't', totals: [], pairings: [pairing({ year: null })] };
    const figures = selectHomeFigures(dataset, resolveUnit(dataset, 'Nanjing')!, true);
    expect(formatHomeCard(figures, null, 'en', embedTranslate('en')).text).toBe('南京 Nanjing · 1 tie with 1 country');
  });

  test('formatHomeCard(Jiangsu, null, en) shortens a province name to 江苏', () => {
    const jiangsu = selectHomeFigures(atlas, resolveUnit(atlas, '江苏省')!, true);
    expect(formatHomeCard(jiangsu, null, 'en', embedTranslate('en')).title).toBe('江苏 Jiangsu');
  });
});

describe('embed messages', () => {
  test('every embed message has English and Chinese text, and Chinese uses no placeholder English lacks', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [key, message] of Object.entries(embed) as [string, { en: string; zh: string }][]) {
      expect([message.en.length > 0, message.zh.length > 0], key).toEqual([true, true]);
      expect(
        names(message.zh).filter((name) => !names(message.en).includes(name)),
        key,
      ).toEqual([]);
    }
  });
});

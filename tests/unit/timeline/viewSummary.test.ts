import { describe, expect, it } from 'vitest';
import type { Pairing } from '../../../src/data/schema';
import { cnKey } from '../../../src/state/cities';
import { createInitialState, datasetState } from '../../../src/state/initialState';
import type { AtlasState } from '../../../src/state/state';
import { formatViewSummary, selectViewSummary } from '../../../src/timeline/viewSummary';
import { dataset, pairing } from './pairingFixture';

const CURRENT = 2024;

function wuxi(id: string, year: number | null, iso2: string): Pairing {
  const p = pairing(id, year, iso2);
  return { ...p, cn: { ...p.cn, nameEn: 'Wuxi', nameZh: '无锡市', pinyin: 'wu xi' } };
}

const DATA = dataset([pairing('a', 1979, 'US'), pairing('b', 1981, 'JP'), pairing('c', null, 'FR'), wuxi('d', 1990, 'JP'), wuxi('e', 2003, 'DE')]);

function state(patch: Partial<AtlasState> = {}): AtlasState {
  return { ...createInitialState('en', 'globe', CURRENT), ...datasetState(DATA, CURRENT), ...patch };
}

describe('formatViewSummary', () => {
  it('formatViewSummary(count, city, "en") names the city, its ties and the span of their years', () => {
    expect(formatViewSummary({ ties: 24, undated: 0, first: 1981, last: 2024 }, 'Wuxi', 'en')).toBe('Wuxi: 24 ties, 1981–2024');
  });

  it('formatViewSummary(count, city, "zh") follows the counter\'s Chinese style', () => {
    expect(formatViewSummary({ ties: 24, undated: 0, first: 1981, last: 2024 }, '无锡市', 'zh')).toBe('无锡市：24 对友好城市，1981–2024年');
  });

  it('formatViewSummary(count, null, lang) summarises the whole window with grouped counts and plain years', () => {
    const count = { ties: 1234, undated: 0, first: 1979, last: 2024 };
    expect(formatViewSummary(count, null, 'en')).toBe('1,234 ties, 1979–2024');
    expect(formatViewSummary(count, null, 'zh')).toBe('1,234 对友好城市，1979–2024年');
  });

  it('formatViewSummary(count, city, lang) names a single year once and uses the singular for one tie', () => {
    expect(formatViewSummary({ ties: 1, undated: 0, first: 1985, last: 1985 }, 'Akashi', 'en')).toBe('Akashi: 1 tie, 1985');
    expect(formatViewSummary({ ties: 1, undated: 0, first: 1985, last: 1985 }, '明石市', 'zh')).toBe('明石市：1 对友好城市，1985年');
  });

  it('formatViewSummary(count, city, lang) counts undated ties apart and leaves the span out when none is dated', () => {
    expect(formatViewSummary({ ties: 3, undated: 1, first: 1979, last: 1981 }, null, 'en')).toBe('3 ties, 1979–1981, 1 with unknown year');
    expect(formatViewSummary({ ties: 3, undated: 1, first: 1979, last: 1981 }, null, 'zh')).toBe('3 对友好城市，1979–1981年，其中 1 对年份不详');
    expect(formatViewSummary({ ties: 2, undated: 2 }, 'Wuxi', 'en')).toBe('Wuxi: 2 ties, 2 with unknown year');
  });
});

describe('selectViewSummary', () => {
  it('selectViewSummary(state) summarises the year window of the whole atlas', () => {
    expect(selectViewSummary(state())).toBe('5 ties, 1979–2003, 1 with unknown year');
    expect(selectViewSummary(state({ yearTo: 1985, includeUnknown: false }))).toBe('2 ties, 1979–1981');
  });

  it('selectViewSummary(state) names the selected city in the UI language and counts only its ties', () => {
    const selected = { side: 'cn' as const, key: cnKey(DATA.pairings[3]!) };
    expect(selectViewSummary(state({ selected }))).toBe('Wuxi: 2 ties, 1990–2003');
    expect(selectViewSummary(state({ selected, lang: 'zh' }))).toBe('无锡市：2 对友好城市，1990–2003年');
    expect(selectViewSummary(state({ selected, mode: 'range', yearFrom: 1995, yearTo: 2010 }))).toBe('Wuxi: 1 tie, 2003');
  });

  it('selectViewSummary(state) is empty while the dataset has no ties', () => {
    expect(selectViewSummary(createInitialState('en', 'globe', CURRENT))).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/data/schema';
import { builtInTour, parseTourRequest } from '../../../../src/state/tour/builtInTour';
import { cityTour, resolveCnCity } from '../../../../src/state/tour/cityTour';
import { readAtlasFile } from '../../data/atlasFile';

const DATA: Dataset = readAtlasFile();
const WUXI = DATA.pairings.filter((p) => p.cn.code === '320200');
const WUXI_DATED = WUXI.filter((p) => p.year !== null).sort((a, b) => (a.year as number) - (b.year as number));

describe('resolveCnCity', () => {
  it('resolveCnCity finds Wuxi by Chinese name, English name and GB code', () => {
    for (const query of ['无锡', '无锡市', 'Wuxi', ' wuxi ', '320200']) expect(resolveCnCity(DATA, query)?.key).toBe('320200');
  });

  it('resolveCnCity ignores partner cities and unknown codes', () => {
    const partnerOnly = DATA.pairings.find((p) => !DATA.pairings.some((q) => q.cn.nameEn === p.partner.nameEn));
    expect(resolveCnCity(DATA, partnerOnly?.partner.nameEn ?? '')).toBeNull();
    expect(resolveCnCity(DATA, '999999')).toBeNull();
  });
});

describe('cityTour', () => {
  const tour = cityTour(DATA, '无锡', { currentYear: 2026 });

  it('cityTour(atlas, 无锡) starts with Wuxi’s first dated tie', () => {
    const first = WUXI_DATED[0];
    expect(tour?.id).toBe('city:320200');
    expect(tour?.steps[0]?.years).toEqual({ from: first?.year, to: first?.year });
    expect(tour?.steps[0]?.caption.en).toBe(`${first?.year}: Wuxi’s first tie: ${first?.partner.nameEn}, ${first?.partner.countryEn}.`);
  });

  it('cityTour(atlas, 无锡) has one step per year with a new partner country', () => {
    const seen = new Set<string>();
    const years = new Set<number>();
    for (const p of WUXI_DATED) {
      if (seen.has(p.partner.iso2)) continue;
      if (seen.size > 0) years.add(p.year as number);
      seen.add(p.partner.iso2);
    }
    const middle = tour?.steps.slice(1, -1) ?? [];
    expect(middle.map((s) => s.years.to)).toEqual([...years]);
    for (const step of middle) expect(step.caption.en.startsWith(`${step.years.to}: first tie`)).toBe(true);
  });

  it('cityTour(atlas, 无锡) selects and homes the city in every step', () => {
    for (const step of tour?.steps ?? []) {
      expect(step.selected).toEqual({ side: 'cn', key: '320200' });
      expect(step.home).toBe('320200');
    }
  });

  it('cityTour(atlas, 无锡) ends today with all its ties and countries', () => {
    const countries = new Set(WUXI.map((p) => p.partner.iso2)).size;
    const unknown = WUXI.length - WUXI_DATED.length;
    expect(tour?.steps.at(-1)?.caption.zh).toBe(`今天：本数据集中无锡市共有 ${WUXI.length} 对友好城市，遍及 ${countries} 个国家，其中 ${unknown} 对年份不详。`);
    expect(tour?.steps.at(-1)?.years.to).toBe(2026);
  });

  it('cityTour(atlas, query) is null for a city not in the data', () => {
    expect(cityTour(DATA, 'Atlantis')).toBeNull();
  });
});

describe('parseTourRequest', () => {
  it('parseTourRequest reads china, city:<name> and URLs', () => {
    expect(parseTourRequest('china')).toEqual({ kind: 'china' });
    expect(parseTourRequest('city:无锡')).toEqual({ kind: 'city', query: '无锡' });
    expect(parseTourRequest('tours/talk.json')).toEqual({ kind: 'url', url: 'tours/talk.json' });
    expect(parseTourRequest('')).toEqual({ kind: 'none' });
    expect(parseTourRequest('city:')).toEqual({ kind: 'url', url: 'city:' });
  });

  it('builtInTour(atlas, request) builds the city tour and leaves URLs to the caller', () => {
    expect(builtInTour(DATA, { kind: 'city', query: 'Wuxi' })?.id).toBe('city:320200');
    expect(builtInTour(DATA, { kind: 'url', url: 'a.json' })).toBeNull();
  });
});

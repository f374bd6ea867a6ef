import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/data/schema';
import { chinaTour, eraEnds } from '../../../../src/state/tour/chinaTour';
import { parseTour } from '../../../../src/state/tour/parseTour';
import { serializeTour } from '../../../../src/state/tour/serializeTour';
import { readAtlasFile } from '../../data/atlasFile';

const DATA: Dataset = readAtlasFile();
const CURRENT = 2026;
const TOUR = chinaTour(DATA, { currentYear: CURRENT });
const dated = DATA.pairings.filter((p) => p.year !== null);
const FIRST = Math.min(...dated.map((p) => p.year as number));
const en = new Intl.NumberFormat('en-US');

describe('chinaTour', () => {
  it('chinaTour(atlas) starts with the first dated year and its first tie', () => {
    const firstTie = dated.find((p) => p.year === FIRST);
    expect(TOUR?.steps[0]?.years).toEqual({ from: FIRST, to: FIRST });
    expect(TOUR?.steps[0]?.caption.en).toContain(firstTie?.partner.nameEn);
    expect(TOUR?.steps[0]?.caption.zh).toContain(firstTie?.cn.nameZh);
  });

  it('chinaTour(atlas) counts each era’s new ties as the data has them', () => {
    const steps = TOUR?.steps.slice(1, -1) ?? [];
    let from = FIRST;
    for (const step of steps) {
      const to = step.years.to;
      const ties = dated.filter((p) => (p.year as number) >= from && (p.year as number) <= to).length;
      const word = ties === 1 ? 'tie' : 'ties';
      expect(step.caption.en.startsWith(`${from}–${to}: ${en.format(ties)} new ${word}`)).toBe(true);
      expect(step.caption.zh.startsWith(`${from}–${to}年：新增 ${en.format(ties)} 对`)).toBe(true);
      from = to + 1;
    }
    expect(steps.at(-1)?.years.to).toBe(CURRENT);
  });

  it('chinaTour(atlas) names the first tie with each region in the era it falls in', () => {
    const firstByRegion = new Map<string, number>();
    for (const p of [...dated].sort((a, b) => (a.year as number) - (b.year as number))) {
      if (p.partner.region && !firstByRegion.has(p.partner.region)) firstByRegion.set(p.partner.region, p.year as number);
    }
    const europe = firstByRegion.get('europe') as number;
    const step = TOUR?.steps.slice(1).find((s) => s.years.to >= europe);
    expect(step?.caption.en).toContain(`First tie with Europe:`);
    expect(step?.caption.en).toContain(`(${europe}).`);
    const mentions = (TOUR?.steps ?? []).slice(1).filter((s) => s.caption.en.includes('First tie with Europe')).length;
    expect(mentions).toBe(1);
  });

  it('chinaTour(atlas) quotes the official national totals with pairs, formatted', () => {
    const national = DATA.totals.filter((t) => t.scope === 'China' && t.pairs !== null && t.pairs >= 1000);
    const latest = national.sort((a, b) => a.asOfYear - b.asOfYear).at(-1);
    const captions = (TOUR?.steps ?? []).map((s) => s.caption.en).join('\n');
    expect(latest).toBeDefined();
    expect(captions).toContain(`Official national total, ${latest?.asOf}: ${en.format(latest?.pairs as number)} ties`);
  });

  it('chinaTour(atlas) ends today with every tie, undated included', () => {
    const last = TOUR?.steps.at(-1);
    const unknown = DATA.pairings.length - dated.length;
    expect(last?.filters).toEqual({ includeUnknown: true });
    expect(last?.years).toEqual({ from: FIRST, to: CURRENT });
    expect(last?.caption.en).toContain(`${en.format(DATA.pairings.length)} ties`);
    expect(last?.caption.en).toContain(`${en.format(unknown)} of them with unknown year`);
  });

  it('chinaTour(atlas) passes its own parser', () => {
    expect(TOUR && parseTour(serializeTour(TOUR))).toEqual({ ok: true, tour: TOUR });
  });

  it('chinaTour(dataset) is null when no tie is dated', () => {
    expect(chinaTour({ title: '', pairings: DATA.pairings.map((p) => ({ ...p, year: null })), totals: [] })).toBeNull();
  });
});

describe('eraEnds', () => {
  it('eraEnds(atlas) keeps official-total years at least three years apart and ends today', () => {
    const ends = eraEnds(DATA, FIRST, CURRENT);
    expect(ends.at(-1)).toBe(CURRENT);
    const starts = [FIRST, ...ends];
    for (let i = 1; i < starts.length; i++) expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(3);
    const totalYears = new Set(DATA.totals.filter((t) => t.scope === 'China').map((t) => Math.floor(t.asOfYear)));
    for (const end of ends.slice(0, -1)) expect(totalYears.has(end)).toBe(true);
  });
});

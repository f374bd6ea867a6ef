import type { Dataset, Pairing, Region } from '../../data/schema';
import { REGIONS } from '../../data/regions';
import { meanCenter } from '../../geo/meanCenter';
import type { Lang } from '../state';
import { DEFAULT_STEP_MS, type LocalText, type Tour, type TourCamera, type TourStep } from './tour';
import { formatNumber } from '../../i18n/format';
import { countWord, joinSentences, regionName, tourText } from './tourText';

/** Options of `chinaTour`. */
export interface ChinaTourOptions {
  /** The year "today" stands for; defaults to the last dated year of the dataset. */
  currentYear?: number;
  /** Eras shorter than this many years are merged into the next; default 3. */
  minEraYears?: number;
}

/** The dated pairings in year order (stable), so "first" means the earliest, then file order. */
function datedInOrder(dataset: Dataset): Pairing[] {
  return dataset.pairings.filter((p) => p.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
}

/** The era ends: the years of China's official totals, thinned to `minEraYears` apart, then today. */
export function eraEnds(dataset: Dataset, first: number, today: number, minEraYears = 3): number[] {
  const totalYears = dataset.totals
    .filter((total) => total.scope === 'China' && (total.pairs !== null || total.countries !== null))
    .map((total) => Math.floor(total.asOfYear))
    .filter((year) => year > first && year < today)
    .sort((a, b) => a - b);
  const ends: number[] = [];
  let previous = first;
  for (const year of totalYears) {
    if (year - previous >= minEraYears && today - year >= minEraYears) {
      ends.push(year);
      previous = year;
    }
  }
  return [...ends, today];
}

function camera(pairings: readonly Pairing[], zoom: number): TourCamera | undefined {
  const points: [number, number][] = [];
  for (const p of pairings) {
    if (p.notOnMap !== null) continue;
    if (p.cn.lon !== null && p.cn.lat !== null) points.push([p.cn.lon, p.cn.lat]);
    if (p.partner.lon !== null && p.partner.lat !== null) points.push([p.partner.lon, p.partner.lat]);
  }
  const centre = meanCenter(points);
  return centre ? { lon: Math.round(centre[0] * 100) / 100, lat: Math.round(centre[1] * 100) / 100, zoom } : undefined;
}

const names = (p: Pairing) => (lang: Lang) => ({
  cn: lang === 'zh' ? p.cn.nameZh : p.cn.nameEn,
  partner: lang === 'zh' ? p.partner.nameZh : p.partner.nameEn,
  country: lang === 'zh' ? p.partner.countryZh : p.partner.countryEn,
  year: p.year ?? '',
});

function step(from: number, to: number, caption: LocalText, cam: TourCamera | undefined, includeUnknown = false): TourStep {
  return {
    ...(cam ? { camera: cam } : {}),
    years: { from, to },
    mode: 'cumulative',
    selected: null,
    home: null,
    filters: { includeUnknown },
    caption,
    durationMs: DEFAULT_STEP_MS,
  };
}

function officialText(dataset: Dataset, after: number, upTo: number): LocalText | null {
  const total = dataset.totals
    .filter((t) => t.scope === 'China' && t.pairs !== null && t.asOfYear >= after && Math.floor(t.asOfYear) <= upTo)
    .sort((a, b) => a.asOfYear - b.asOfYear)
    .at(-1);
  if (!total) return null;
  const key = total.countries === null ? 'Tour.ChinaOfficial' : 'Tour.ChinaOfficialCountries';
  return tourText(key, (lang) => ({
    date: total.asOf,
    pairs: formatNumber(total.pairs as number, lang),
    countries: formatNumber(total.countries ?? 0, lang),
    tiesWord: countWord(total.pairs as number, 'tie', lang),
    countriesWord: countWord(total.countries ?? 0, 'country', lang),
  }));
}

/**
 * The tour "China's friendship cities, first year → today" (`tour=china`), computed from the dataset:
 * the first tie, then one step per era (eras end at the years of the official national totals), each
 * with its new ties, new countries, the first tie with each world region and the official total of that
 * time; then today, undated ties included. Returns null when the dataset has no dated tie.
 */
export function chinaTour(dataset: Dataset, options: ChinaTourOptions = {}): Tour | null {
  const dated = datedInOrder(dataset);
  const firstTie = dated[0];
  if (!firstTie) return null;
  const first = firstTie.year as number;
  const last = dated.at(-1)?.year as number;
  const today = Math.max(options.currentYear ?? last, first);
  const steps: TourStep[] = [step(first, first, tourText('Tour.ChinaFirst', names(firstTie)), camera([firstTie], 2.2))];
  const countries = new Set<string>();
  const regions = new Set<Region>();
  let index = 0;
  let total = 0;
  let eraStart = first;
  for (const end of eraEnds(dataset, first, today, options.minEraYears)) {
    const era: Pairing[] = [];
    let newCountries = 0;
    const regionFirsts = new Map<Region, Pairing>();
    for (; index < dated.length && (dated[index]?.year as number) <= end; index++) {
      const p = dated[index] as Pairing;
      era.push(p);
      if (p.partner.iso2 && !countries.has(p.partner.iso2)) {
        countries.add(p.partner.iso2);
        newCountries++;
      }
      if (p.partner.region && !regions.has(p.partner.region)) {
        regions.add(p.partner.region);
        regionFirsts.set(p.partner.region, p);
      }
    }
    total += era.length;
    const parts: LocalText[] = [
      tourText('Tour.ChinaEra', (lang) => ({
        from: eraStart,
        to: end,
        ties: formatNumber(era.length, lang),
        countries: formatNumber(newCountries, lang),
        tiesWord: countWord(era.length, 'tie', lang),
        countriesWord: countWord(newCountries, 'country', lang),
        total: formatNumber(total, lang),
        totalCountries: formatNumber(countries.size, lang),
      })),
    ];
    for (const region of REGIONS) {
      const p = regionFirsts.get(region);
      if (p) parts.push(tourText('Tour.ChinaRegionFirst', (lang) => ({ ...names(p)(lang), region: regionName(region, lang) })));
    }
    const official = officialText(dataset, eraStart, end);
    if (official) parts.push(official);
    steps.push(step(first, end, joinSentences(parts), camera(era, 1.4)));
    eraStart = end + 1;
  }
  const allCountries = new Set(dataset.pairings.map((p) => p.partner.iso2).filter(Boolean));
  const unknown = dataset.pairings.length - dated.length;
  const todayText = tourText('Tour.ChinaToday', (lang) => ({
    ties: formatNumber(dataset.pairings.length, lang),
    countries: formatNumber(allCountries.size, lang),
    unknown: formatNumber(unknown, lang),
  }));
  steps.push(step(first, today, todayText, camera(dated, 1.1), true));
  return { id: 'china', title: tourText('Tour.ChinaTitle', () => ({ from: first })), steps };
}

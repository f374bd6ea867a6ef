import type { Dataset, Pairing } from '../../data/schema';
import { type City, findCity, selectCities } from '../cities';
import type { Lang } from '../state';
import { DEFAULT_STEP_MS, type LocalText, type Tour, type TourCamera, type TourStep } from './tour';
import { formatNumber } from '../../i18n/format';
import { countWord, formatList, tourText } from './tourText';

/** Options of `cityTour`. */
export interface CityTourOptions {
  /** The year "today" stands for; defaults to the dataset's last dated year. */
  currentYear?: number;
}

/**
 * The Chinese unit a tour query names: a six-digit GB/T 2260 code, or an English or Chinese name
 * ("无锡", "无锡市", "Wuxi"). Only the Chinese side is searched. Null when nothing matches.
 */
export function resolveCnCity(dataset: Dataset, query: string): City | null {
  const index = selectCities(dataset);
  const q = query.trim();
  if (/^\d{6}$/.test(q)) return index.cn.find((city) => city.key === q) ?? null;
  return findCity({ ...index, partner: [] }, q);
}

function lastDatedYear(dataset: Dataset): number | null {
  let last: number | null = null;
  for (const p of dataset.pairings) if (p.year !== null && (last === null || p.year > last)) last = p.year;
  return last;
}

const cityName = (city: City, lang: Lang): string => (lang === 'zh' ? city.nameZh : city.nameEn);
const partnerName = (p: Pairing, lang: Lang): string => (lang === 'zh' ? p.partner.nameZh : p.partner.nameEn);
const countryName = (p: Pairing, lang: Lang): string => (lang === 'zh' ? p.partner.countryZh : p.partner.countryEn);

/**
 * The tour "A city's partners" (`tour=city:无锡`) for a Chinese unit: its first dated tie, then one
 * step per year in which it first paired with a new country, then today with every tie (undated
 * included). Each step selects the city and sets it as home (by GB code, else Chinese name).
 * Returns null when the query names no Chinese unit; a city with no dated tie gets only "today".
 */
export function cityTour(dataset: Dataset, query: string, options: CityTourOptions = {}): Tour | null {
  const city = resolveCnCity(dataset, query);
  if (!city) return null;
  const pairings = city.pairings.map((i) => dataset.pairings[i] as Pairing);
  const dated = pairings.filter((p) => p.year !== null).sort((a, b) => (a.year as number) - (b.year as number));
  const cam: TourCamera | undefined = city.lon !== null && city.lat !== null ? { lon: city.lon, lat: city.lat, zoom: 1.6 } : undefined;
  const home = /^\d{6}$/.test(city.key) ? city.key : city.nameZh;
  const first = dated[0]?.year ?? null;
  const today = Math.max(options.currentYear ?? lastDatedYear(dataset) ?? first ?? 0, first ?? 0);
  const step = (to: number, caption: LocalText, includeUnknown: boolean): TourStep => ({
    ...(cam ? { camera: cam } : {}),
    years: { from: first ?? to, to },
    mode: 'cumulative',
    selected: { side: 'cn', key: city.key },
    home,
    filters: { includeUnknown },
    caption,
    durationMs: DEFAULT_STEP_MS,
  });
  const steps: TourStep[] = [];
  const seen = new Set<string>();
  const byYear = new Map<number, Pairing[]>();
  dated.forEach((p, i) => {
    const country = p.partner.iso2 || p.partner.countryEn;
    if (seen.has(country)) return;
    seen.add(country);
    if (i === 0) return;
    const year = p.year as number;
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  });
  const firstTie = dated[0];
  if (firstTie && first !== null) {
    steps.push(
      step(
        first,
        tourText('Tour.CityFirst', (lang) => ({
          year: first,
          city: cityName(city, lang),
          partner: partnerName(firstTie, lang),
          country: countryName(firstTie, lang),
        })),
        false,
      ),
    );
  }
  for (const [year, news] of byYear) {
    steps.push(
      step(
        year,
        tourText('Tour.CityNewCountries', (lang) => ({
          year,
          tiesWord: countWord(news.length, 'tie', lang),
          countries: formatList([...new Set(news.map((p) => countryName(p, lang)))], lang),
          partners: formatList(
            news.map((p) => tourText('Tour.CityPartner', (l) => ({ partner: partnerName(p, l), country: countryName(p, l) }))[lang]),
            lang,
          ),
        })),
        false,
      ),
    );
  }
  const countries = new Set(pairings.map((p) => p.partner.iso2 || p.partner.countryEn));
  const unknown = pairings.length - dated.length;
  steps.push(
    step(
      today,
      tourText(unknown > 0 ? 'Tour.CityTodayUnknown' : 'Tour.CityToday', (lang) => ({
        city: cityName(city, lang),
        ties: formatNumber(pairings.length, lang),
        countries: formatNumber(countries.size, lang),
        unknown: formatNumber(unknown, lang),
      })),
      true,
    ),
  );
  return { id: `city:${city.key}`, title: tourText('Tour.CityTitle', (lang) => ({ city: cityName(city, lang) })), steps };
}

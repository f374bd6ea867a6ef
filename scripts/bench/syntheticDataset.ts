/**
 * Deterministic synthetic datasets in the app's own file format (`DatasetFile`), for measuring the
 * app at sizes the real data will not reach for years: the Chinese units of the shipped dataset,
 * partners scattered over the world's land, founding years 1973–2025.
 */
import type { CnSide, DatasetFile, Pairing } from '../../src/data/schema';
import type { LandPoint } from './landPoints';
import { createRandom, createWeightedPicker, type Random } from './random';

/** Options of {@link createSyntheticDataset}. */
export interface SyntheticOptions {
  /** Number of pairings. */
  size: number;
  seed: number;
  /** The Chinese units to pair (those of the shipped dataset with coordinates). */
  cnUnits: readonly CnSide[];
  /** A sampler of partner places (see createLandSampler). */
  samplePartner: (random: Random) => LandPoint;
  /** Official totals to carry over, so the timeline draws its reference marks as with real data. */
  totals: DatasetFile['totals'];
}

/** First and last founding year of the synthetic ties. */
export const SYNTHETIC_YEARS = { first: 1973, last: 2025 } as const;

/** Share of ties with no known year, as in real data. */
const UNKNOWN_YEAR_SHARE = 0.03;
/** Partners per tie: most partner cities have one or two Chinese partners. */
const TIES_PER_PARTNER = 1.6;

/** The Chinese units of a dataset that have coordinates, once each. */
export function cnUnitsOf(file: DatasetFile): CnSide[] {
  const units = new Map<string, CnSide>();
  for (const { cn } of file.pairings) {
    if (cn.lat === null || cn.lon === null) continue;
    const key = cn.code || `${cn.nameEn}|${cn.provinceEn}|${cn.level}`;
    if (!units.has(key)) units.set(key, cn);
  }
  return [...units.values()];
}

/** Weights of the founding years: few ties in the 1970s, most around 2000–2015, as in the real network. */
function yearWeights(): number[] {
  const weights: number[] = [];
  for (let y = SYNTHETIC_YEARS.first; y <= SYNTHETIC_YEARS.last; y++) weights.push(0.15 + Math.exp(-(((y - 2006) / 13) ** 2)));
  return weights;
}

/** Zipf-like weights: a few cities hold many ties, most hold a few. */
function zipfWeights(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 3) ** 0.8);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds a synthetic dataset; the same options give the same dataset. */
export function createSyntheticDataset(options: SyntheticOptions): DatasetFile {
  const { size, seed, cnUnits } = options;
  if (!Number.isInteger(size) || size < 1) throw new Error(`invalid size: ${size}`);
  if (cnUnits.length === 0) throw new Error('invalid cnUnits: empty');
  const random = createRandom(seed);
  const partners = Array.from({ length: Math.max(1, Math.round(size / TIES_PER_PARTNER)) }, () => options.samplePartner(random));
  const pickCn = createWeightedPicker(zipfWeights(cnUnits.length));
  const pickPartner = createWeightedPicker(zipfWeights(partners.length));
  const pickYear = createWeightedPicker(yearWeights());
  const width = String(size).length;

  const pairings: Pairing[] = [];
  for (let i = 0; i < size; i++) {
    const cn = cnUnits[pickCn(random)] as CnSide;
    const partnerIndex = pickPartner(random);
    const place = partners[partnerIndex] as LandPoint;
    const year = random.next() < UNKNOWN_YEAR_SHARE ? null : SYNTHETIC_YEARS.first + pickYear(random);
    const name = `${place.country.nameEn} ${pad(partnerIndex + 1, width)}`;
    pairings.push({
      id: `synthetic-${pad(i + 1, width)}`,
      cn,
      partner: {
        nameEn: name,
        nameZh: `${place.country.nameZh}${pad(partnerIndex + 1, width)}`,
        iso2: place.country.iso2,
        countryEn: place.country.nameEn,
        countryZh: place.country.nameZh,
        region: place.country.region,
        level: 'city',
        lat: place.lat,
        lon: place.lon,
      },
      relation: 'friendship city',
      year,
      yearStatus: year === null ? 'unknown' : 'sourced',
      claims: year === null ? [] : [{ year, date: String(year), kind: 'signing', reliability: 'user', url: '', title: 'synthetic', note: '' }],
      flags: [],
      notOnMap: null,
    });
  }
  return {
    format: 'sister-city-atlas',
    version: 1,
    title: `Synthetic benchmark data: ${size} ties (seed ${seed})`,
    sourceHash: '',
    pairings,
    totals: options.totals,
  };
}

/**
 * Random places on land for the synthetic partners, from the base map's own files
 * (public/world/land.json and country-labels.json): a country is drawn, then a point scattered
 * around its label point and kept only when it falls on land.
 */
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import { regionOf } from '../../src/data/regions';
import type { Region } from '../../src/data/schema';
import { createLandMask } from './landMask';
import { createWeightedPicker, type Random } from './random';

/** A country that partners can come from. */
export interface Country {
  iso2: string;
  nameEn: string;
  nameZh: string;
  region: Region;
  /** Label point, [longitude, latitude]: inside the country. */
  center: [number, number];
  areaKm2: number;
}

/** A partner place. */
export interface LandPoint {
  country: Country;
  lon: number;
  lat: number;
}

/** Properties of a feature of country-labels.json. */
interface LabelProperties {
  name_en: string;
  name_zh: string;
  iso2: string;
  area: number;
}

/** Tries per point before falling back on the country's label point. */
const MAX_TRIES = 30;
const KM_PER_DEGREE = 111.32;

/** Not partners: the Chinese side itself. */
const CHINESE_SIDE = new Set(['CN', 'HK', 'MO', 'TW']);

/** Countries a partner can come from: every one with a world region, China's side and Antarctica left out. */
export function countriesOf(labels: FeatureCollection<Point, LabelProperties>): Country[] {
  const countries: Country[] = [];
  for (const { properties: p, geometry } of labels.features) {
    const region = CHINESE_SIDE.has(p.iso2) ? null : regionOf(p.iso2);
    const [lon, lat] = geometry.coordinates;
    if (!region || lon === undefined || lat === undefined) continue;
    countries.push({ iso2: p.iso2, nameEn: p.name_en, nameZh: p.name_zh, region, center: [lon, lat], areaKm2: p.area });
  }
  return countries;
}

/**
 * A sampler of partner places: countries drawn with weight √area (big countries more often, small
 * ones still present), points scattered around the label point over about the country's size.
 */
export function createLandSampler(land: FeatureCollection<MultiPolygon>, labels: FeatureCollection<Point, LabelProperties>): (random: Random) => LandPoint {
  const mask = createLandMask(land.features.flatMap((f) => f.geometry.coordinates));
  const countries = countriesOf(labels);
  const pickCountry = createWeightedPicker(countries.map((c) => Math.sqrt(Math.max(1, c.areaKm2))));

  return (random) => {
    const country = countries[pickCountry(random)] as Country;
    const spreadKm = Math.sqrt(country.areaKm2) / 3;
    const [lon0, lat0] = country.center;
    for (let i = 0; i < MAX_TRIES; i++) {
      const lat = lat0 + (random.normal() * spreadKm) / KM_PER_DEGREE;
      const lon = lon0 + (random.normal() * spreadKm) / (KM_PER_DEGREE * Math.max(0.2, Math.cos((lat0 * Math.PI) / 180)));
      if (Math.abs(lat) < 85 && lon > -180 && lon < 180 && mask.isLand(lon, lat)) return { country, lon: round(lon), lat: round(lat) };
    }
    return { country, lon: lon0, lat: lat0 };
  };
}

function round(degrees: number): number {
  return Math.round(degrees * 1e4) / 1e4;
}

import { regionOf } from '../regions';
import type { CnSide, PartnerSide } from '../schema';
import { cnLevelOf, provinceOf, type CnGazetteer } from './cnGazetteer';
import { countryOf, type Country } from './countries';
import type { Side } from './geocode';
import { hasHan } from './nameKey';

/**
 * The Chinese side of an imported pairing: names, level, parent and province from the gazetteer
 * unit when one matched, else the name as written (and the province cell); the point when known.
 */
export function cnSideOf(gazetteer: CnGazetteer, name: string, province: string, side: Side): CnSide {
  const point = { lat: side.lat, lon: side.lon };
  const unit = side.unit;
  if (!unit) {
    return {
      code: '',
      nameEn: name,
      nameZh: name,
      pinyin: '',
      level: 'prefecture',
      parentEn: '',
      parentZh: '',
      provinceEn: province,
      provinceZh: province,
      ...point,
    };
  }
  const level = cnLevelOf(unit);
  const parent = level === 'county' || level === 'district' ? gazetteer.byCode.get(unit.parent) : undefined;
  const prov = provinceOf(gazetteer, unit);
  return {
    code: unit.code,
    nameEn: unit.en,
    nameZh: unit.zh,
    pinyin: unit.pinyin,
    level,
    parentEn: parent?.en ?? '',
    parentZh: parent?.zh ?? '',
    provinceEn: prov.en,
    provinceZh: prov.zh,
    ...point,
  };
}

/**
 * The partner of an imported pairing: the name as written (in English and, when written in Chinese
 * or known to the gazetteer, in Chinese), the country from the matched place or the country cell,
 * its region, and the point when known. A country cell that names no known country is kept as
 * written, without a code.
 */
export function partnerSideOf(name: string, countryCell: string, country: Country | null, side: Side): PartnerSide {
  const place = side.place;
  const written = hasHan(name);
  const nameEn = written && place ? place.name : name;
  const nameZh = written ? name : (place?.zh[0] ?? name);
  const known = (place ? countryOf(place.iso2) : null) ?? country;
  const iso2 = place?.iso2 ?? country?.iso2 ?? '';
  return {
    nameEn,
    nameZh,
    iso2,
    countryEn: known?.nameEn ?? countryCell,
    countryZh: known?.nameZh ?? countryCell,
    region: regionOf(iso2),
    level: place?.level ?? 'unknown',
    lat: side.lat,
    lon: side.lon,
  };
}

/** {@link cnSideOf} and {@link partnerSideOf}, giving one shared object for equal inputs. */
export interface SideCache {
  cn(name: string, province: string, side: Side): CnSide;
  partner(name: string, countryCell: string, country: Country | null, side: Side): PartnerSide;
}

/**
 * Ties of one city share one side object, built once. A worker's message carries a shared object
 * once, so a file of 100,000 ties between a few hundred cities reaches the page with a few hundred
 * side objects per message instead of one per tie. Sides are never modified after they are built.
 */
export function createSideCache(gazetteer: CnGazetteer): SideCache {
  const cnSides = new Map<string, CnSide>();
  const partnerSides = new Map<string, PartnerSide>();
  return {
    cn(name, province, side) {
      const key = [side.unit?.code ?? '', name, province, side.lat, side.lon].join('\u0000');
      let built = cnSides.get(key);
      if (!built) {
        built = cnSideOf(gazetteer, name, province, side);
        cnSides.set(key, built);
      }
      return built;
    },
    partner(name, countryCell, country, side) {
      const p = side.place;
      const place = p ? [p.name, p.iso2, p.admin1, p.lat, p.lon].join('\u0001') : '';
      const key = [place, name, countryCell, country?.iso2 ?? '', side.lat, side.lon].join('\u0000');
      let built = partnerSides.get(key);
      if (!built) {
        built = partnerSideOf(name, countryCell, country, side);
        partnerSides.set(key, built);
      }
      return built;
    },
  };
}

import { provinceOf, withPoint, type CnGazetteer, type CnUnit } from './cnGazetteer';
import type { WorldPlace } from './worldGazetteer';

/** One place a name may mean, as offered to the user. */
export interface Candidate {
  /** The place's name(s) as shown: "苏州市 Suzhou", "Springfield". */
  label: string;
  /** What tells it apart: province, or country with state code (the UI adds population and point). */
  detail: string;
  /** People living there (world places), 0 when unknown or for Chinese units. */
  population: number;
  lat: number | null;
  lon: number | null;
  /** GB/T 2260 code for Chinese units, '' for world places. */
  code: string;
  /** Index into the world places of the ambiguity, for world candidates; -1 for Chinese units. */
  place: number;
}

/** A name that matched several places, with every row that uses it. */
export interface Ambiguity {
  /** Stable key: side, name and context. */
  id: string;
  side: 'cn' | 'partner';
  /** The name as written in the file. */
  name: string;
  /** The province (Chinese side) or country (partner) written with it, or ''. */
  context: string;
  rows: number;
  /** First row number using the name, for the user to find it. */
  firstRow: number;
  candidates: Candidate[];
  /**
   * Candidate the dialog preselects, or null for "leave off the map": the largest place when it has
   * ten times the people of the next one (Dallas, Texas over Dallas, Georgia), never otherwise.
   */
  suggested: number | null;
}

/** The user's answer per ambiguity id: a candidate index, or null to leave those rows off the map. */
export type Choices = Record<string, number | null>;

/** A Chinese unit as a candidate: names, and its province (or parent city) to tell it apart. */
export function cnCandidate(gazetteer: CnGazetteer, unit: CnUnit): Candidate {
  const province = provinceOf(gazetteer, unit);
  const parent = gazetteer.byCode.get(unit.parent);
  const where = [parent && parent !== province ? `${parent.zh} ${parent.en}` : '', province !== unit ? `${province.zh} ${province.en}` : '']
    .filter((part) => part !== '')
    .join(', ');
  const located = withPoint(gazetteer, unit);
  return {
    label: `${unit.zh} ${unit.en}`,
    detail: [where, unit.level].filter((part) => part !== '').join(' · '),
    lat: located.kind === 'found' ? located.lat : null,
    lon: located.kind === 'found' ? located.lon : null,
    code: unit.code,
    population: 0,
    place: -1,
  };
}

/** A world place as a candidate: country, state code, population and point tell it apart. */
export function worldCandidate(place: WorldPlace, index: number): Candidate {
  const region = place.admin1 !== '' && !/^\d+$/.test(place.admin1) ? `${place.iso2}-${place.admin1}` : place.iso2;
  return {
    label: place.zh[0] ? `${place.name} ${place.zh[0]}` : place.name,
    detail: place.population > 0 ? region : `${region} · ${place.level}`,
    population: place.population,
    lat: place.lat,
    lon: place.lon,
    code: '',
    place: index,
  };
}

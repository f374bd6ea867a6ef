import { cellText, position, type LooseFeature } from './geojsonValues';
import { readHeader, type HeaderConcept } from './headerWords';
import { nameKey } from './nameKey';
import type { Table, UnreadableRow } from './table';

interface Place {
  feature: number;
  id: string;
  name: string;
  lon: number;
  lat: number;
  country: string;
  province: string;
  year: string;
  refs: unknown[];
}

const CHINA = new Set(['cn', 'chn', 'china', 'prc', 'peoplesrepublicofchina', '中国', '中华人民共和国']);

/** The first property whose key announces `concept` on a side other than `notSide`. */
function pick(properties: Record<string, unknown>, concept: HeaderConcept, notSide: 1 | 2 | null): string | null {
  for (const key of Object.keys(properties)) {
    const meaning = readHeader(key);
    if (meaning.concept === concept && (notSide === null || meaning.side !== notSide)) return key;
  }
  return null;
}

/** Partner references as a list: arrays as they are, strings split on ; | 、 and newlines. */
function referenceList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string')
    return value
      .split(/[;|、\n]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  if (typeof value === 'number') return [value];
  if (value !== null && typeof value === 'object') return [value];
  return [];
}

function toPlace(feature: LooseFeature, index: number): Place | null {
  const point = feature.geometry?.type === 'Point' ? position(feature.geometry.coordinates) : null;
  if (!point) return null;
  const properties = feature.properties ?? {};
  const nameKeyName = pick(properties, 'name', 2);
  const refKey = Object.keys(properties).find((key) => {
    const meaning = readHeader(key);
    return meaning.side === 2 && meaning.concept === 'name';
  });
  const value = (concept: HeaderConcept): string => {
    const key = pick(properties, concept, 2);
    return key === null ? '' : cellText(properties[key]);
  };
  return {
    feature: index + 1,
    id: cellText(feature.id ?? properties.id ?? properties.code),
    name: nameKeyName === null ? '' : cellText(properties[nameKeyName]),
    lon: point[0],
    lat: point[1],
    country: value('country'),
    province: value('province'),
    year: value('year'),
    refs: refKey === undefined ? [] : referenceList(properties[refKey]),
  };
}

/** A reference's target (an id or a name) and its own year when it is an object such as {name, year}. */
function readReference(ref: unknown): { target: string; year: string } {
  if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
    const object = ref as Record<string, unknown>;
    const idKey = 'id' in object ? 'id' : pick(object, 'name', null);
    const yearKey = pick(object, 'year', null);
    return { target: idKey === null ? '' : cellText(object[idKey]), year: yearKey === null ? '' : cellText(object[yearKey]) };
  }
  return { target: cellText(ref), year: '' };
}

/**
 * Converts Point features with partner references into table rows: each Point is a place (name,
 * country, province, year from its properties); a property such as `partner`, `partners`,
 * `partner_id` or `友城` names its partners by feature id or by name (a list, or text separated by
 * ; | 、). Each reference is one row, numbered by the referring feature. The side in China (by
 * its country property) is the Chinese side, else the referring place; a reference back (B -> A
 * after A -> B) gives a row in the same orientation, so it merges as a duplicate. References to
 * no known place are unreadable rows.
 */
export function pointFeatureRows(features: readonly LooseFeature[]): Table {
  const places: Place[] = [];
  const unreadable: UnreadableRow[] = [];
  features.forEach((feature, i) => {
    const place = toPlace(feature, i);
    if (place) places.push(place);
    else unreadable.push({ row: i + 1, reason: 'feature-not-a-line-or-point', detail: cellText(feature.geometry?.type) });
  });
  const byId = new Map<string, Place>();
  const byName = new Map<string, Place>();
  for (const place of places) {
    if (place.id !== '' && !byId.has(place.id)) byId.set(place.id, place);
    const key = nameKey(place.name);
    if (key !== '' && !byName.has(key)) byName.set(key, place);
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const emitted = new Set<string>();
  for (const place of places) {
    for (const ref of place.refs) {
      const { target, year } = readReference(ref);
      const other = byId.get(target) ?? byName.get(nameKey(target));
      if (!other) {
        unreadable.push({ row: place.feature, reason: 'partner-reference-not-found', detail: target });
        continue;
      }
      const otherInChina = CHINA.has(nameKey(other.country));
      const placeInChina = CHINA.has(nameKey(place.country));
      let [cn, partner] = otherInChina && !placeInChina ? [other, place] : [place, other];
      if (emitted.has(`${partner.feature}>${cn.feature}`) && !(CHINA.has(nameKey(cn.country)) && !CHINA.has(nameKey(partner.country)))) {
        [cn, partner] = [partner, cn];
      }
      emitted.add(`${cn.feature}>${partner.feature}`);
      rows.push([
        cn.name,
        cn.province,
        String(cn.lon),
        String(cn.lat),
        partner.name,
        partner.country,
        String(partner.lon),
        String(partner.lat),
        year || place.year,
      ]);
      rowNumbers.push(place.feature);
    }
  }
  const headers = ['city', 'province', 'lon1', 'lat1', 'partner', 'country', 'lon2', 'lat2', 'year'];
  return { format: 'geojson', headers, rows, rowNumbers, unreadable, delimiter: '' };
}

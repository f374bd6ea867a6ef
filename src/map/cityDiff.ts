/**
 * What changed between the city points a map shows and the next ones: a year change only resizes
 * some dots, and sending MapLibre those few (`GeoJSONSource.updateData`) instead of every city
 * (`setData`) spares the main thread from serialising tens of thousands of features each time.
 */
import { cityId, type CityFeature } from './cityStyle';

/** The changes from one list of cities to the next, by city id (`side:key`). */
export interface CityChanges {
  /** Ids of the cities no longer shown. */
  remove: string[];
  /** Cities newly shown, or shown with another place or name (removed first, then added again). */
  add: CityFeature[];
  /** Cities whose visible ties alone changed. */
  resize: { id: string; ties: number }[];
  /** The next cities by id: what is shown once the changes are applied. */
  byId: Map<string, CityFeature>;
}

/** Whether two features of the same id differ in more than their ties. */
function moved(a: CityFeature, b: CityFeature): boolean {
  return a.lon !== b.lon || a.lat !== b.lat || a.nameEn !== b.nameEn || a.nameZh !== b.nameZh;
}

/** The changes that turn `shown` (by id) into `next`. */
export function diffCities(shown: ReadonlyMap<string, CityFeature>, next: readonly CityFeature[]): CityChanges {
  const changes: CityChanges = { remove: [], add: [], resize: [], byId: new Map() };
  for (const city of next) {
    const id = cityId(city.side, city.key);
    changes.byId.set(id, city);
    const before = shown.get(id);
    if (!before) changes.add.push(city);
    else if (moved(before, city)) {
      changes.remove.push(id);
      changes.add.push(city);
    } else if (before.ties !== city.ties) changes.resize.push({ id, ties: city.ties });
  }
  for (const id of shown.keys()) if (!changes.byId.has(id)) changes.remove.push(id);
  return changes;
}

/** How many cities `changes` touches. */
export function changedCount(changes: CityChanges): number {
  return changes.remove.length + changes.add.length + changes.resize.length;
}

/** Whether sending `changes` costs more than sending all `count` cities again (as for a new dataset). */
export function replacesMost(changes: CityChanges, count: number): boolean {
  return changedCount(changes) > count / 2;
}

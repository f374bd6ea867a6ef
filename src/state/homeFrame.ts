import type { Dataset } from '../data/schema';
import { meanCenter } from '../geo/meanCenter';
import type { LonLat } from './frame';
import { selectHomePairings } from './home';
import { resolveUnit } from './resolveUnit';

/** The points the camera frames for a home unit: the home itself and its partners. */
export interface HomePoints {
  /** The unit's own place, or the mean of its districts' and counties' places when it has none. */
  home: LonLat;
  /** Each partner with coordinates, once per tie. */
  partners: LonLat[];
}

/**
 * Where a home unit and its partners are (`home` as the state holds it, a GB code or name), for
 * `frameGlobe`/`frameBounds`. Null when the home names no unit or none of its ties has a placed Chinese side.
 */
export function selectHomePoints(dataset: Dataset, home: string, sub: boolean): HomePoints | null {
  const unit = resolveUnit(dataset, home);
  if (!unit) return null;
  const own: LonLat[] = [];
  const inside: LonLat[] = [];
  const partners: LonLat[] = [];
  for (const i of selectHomePairings(dataset, unit, sub)) {
    const { cn, partner } = dataset.pairings[i]!;
    if (cn.lat !== null && cn.lon !== null) {
      const isUnit = unit.code !== '' ? cn.code === unit.code : cn.nameZh === unit.nameZh;
      (isUnit ? own : inside).push([cn.lon, cn.lat]);
    }
    if (partner.lat !== null && partner.lon !== null) partners.push([partner.lon, partner.lat]);
  }
  const center = own[0] ?? meanCenter(inside);
  return center ? { home: [center[0], center[1]], partners } : null;
}

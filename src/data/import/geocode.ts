import { distanceKm } from '../../geo/distance';
import { cnCandidate, worldCandidate, type Ambiguity } from './ambiguity';
import { lookupCn, withPoint, type CnGazetteer, type CnMatch, type CnUnit } from './cnGazetteer';
import { lookupCountry, type Country } from './countries';
import { nameKey } from './nameKey';
import { pointOf } from './records';
import { lookupWorld, type WorldGazetteer, type WorldMatch, type WorldPlace } from './worldGazetteer';

/** How one side of a row got its point, or why it has none. */
export type SideStatus = 'file' | 'gazetteer' | 'parent' | 'stripped' | 'chosen' | 'ambiguous' | 'not-found' | 'no-point' | 'invalid' | 'out-of-range';

/** One side of a row after geocoding. */
export interface Side {
  status: SideStatus;
  lat: number | null;
  lon: number | null;
  /** The Chinese unit matched (Chinese side). */
  unit: CnUnit | null;
  /** The place matched (partner side). */
  place: WorldPlace | null;
  /** The ambiguity this side waits on, when `status` is 'ambiguous'. */
  ambiguity: string | null;
  /** The coordinate text when it was invalid or out of range. */
  text: string;
}

/** The offline gazetteers: the Chinese one always, the world one when partners need it. */
export interface Gazetteers {
  cn: CnGazetteer;
  world: WorldGazetteer | null;
}

function side(status: SideStatus, patch: Partial<Side> = {}): Side {
  return { status, lat: null, lon: null, unit: null, place: null, ambiguity: null, text: '', ...patch };
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Looks each distinct name up once, so a 100,000-row file stays fast. */
export interface Resolver {
  cn(name: string, province: string, lat: string, lon: string, row: number): Side;
  partner(name: string, country: Country | null, lat: string, lon: string, row: number): Side;
  country(text: string): Country | null;
  /** Every ambiguity met, in order of first use, with the number of rows using it. */
  ambiguities(): Ambiguity[];
  /** The side a user's choice gives: candidate `index` of ambiguity `id`. */
  choose(id: string, index: number): Side | null;
}

/** Places this close to a file's point are the place the file means. */
const SAME_PLACE_KM = 30;

/** The one candidate within 30 km of a point, or null. */
function nearest<T>(candidates: readonly T[], lat: number, lon: number, at: (candidate: T) => { lat: number | null; lon: number | null }): T | null {
  const near = candidates.filter((candidate) => {
    const point = at(candidate);
    return point.lat !== null && point.lon !== null && distanceKm({ lat, lon }, { lat: point.lat, lon: point.lon }) < SAME_PLACE_KM;
  });
  return near.length === 1 ? near[0]! : null;
}

/**
 * A point from the file, or why the cells give none; null when both cells are empty. The side
 * keeps the unit or place its name matched: the only match, or among several the one within
 * 30 km of the file's point (so the file's coordinates settle an ambiguous name).
 */
function fileSide(lat: string, lon: string, cn: CnMatch | null, world: WorldMatch | null, gazetteer: CnGazetteer): Side | null {
  const cells = pointOf(lat, lon);
  if (cells.kind === 'empty') return null;
  if (cells.kind === 'invalid') return side('invalid', { text: cells.text });
  if (cells.kind === 'out-of-range') return side('out-of-range', { text: cells.text });
  let unit: CnUnit | null = null;
  if (cn?.kind === 'found' || cn?.kind === 'no-point') unit = cn.unit;
  if (cn?.kind === 'ambiguous') {
    unit = nearest(cn.candidates, cells.lat, cells.lon, (candidate) => {
      const located = withPoint(gazetteer, candidate);
      return located.kind === 'found' ? located : { lat: null, lon: null };
    });
  }
  let place: WorldPlace | null = null;
  if (world?.kind === 'found' && !world.stripped) place = world.place;
  if (world?.kind === 'ambiguous') place = nearest(world.candidates, cells.lat, cells.lon, (candidate) => candidate);
  return side('file', { lat: cells.lat, lon: cells.lon, unit, place });
}

/**
 * Creates a resolver over the gazetteers. Coordinates in the file win (the gazetteer still names
 * the side when its name matches one place); a side without them is geocoded by name: the Chinese
 * side in the Chinese gazetteer (with its province), the partner in the world one (within its
 * country). Several matches become one `Ambiguity` per name and context, counted over its rows.
 */
export function createResolver(gazetteers: Gazetteers): Resolver {
  const ambiguities = new Map<string, Ambiguity>();
  const worldPlaces = new Map<string, WorldPlace[]>();
  const cnMatch = memo((key): CnMatch => {
    const [name = '', province = ''] = key.split('\u0000');
    return lookupCn(gazetteers.cn, name, province);
  });
  const worldMatch = memo((key): WorldMatch => {
    const [name = '', iso2 = ''] = key.split('\u0000');
    return gazetteers.world ? lookupWorld(gazetteers.world, name, iso2) : { kind: 'not-found' };
  });
  const country = memo((text) => lookupCountry(text));

  const register = (id: string, row: number, make: () => Omit<Ambiguity, 'id' | 'rows' | 'firstRow'>): Side => {
    const known = ambiguities.get(id);
    if (known) known.rows++;
    else ambiguities.set(id, { id, rows: 1, firstRow: row, ...make() });
    return side('ambiguous', { ambiguity: id });
  };

  return {
    cn(name, province, lat, lon, row) {
      const match = cnMatch(`${name}\u0000${province}`);
      const fromFile = fileSide(lat, lon, match, null, gazetteers.cn);
      if (fromFile) return fromFile;
      switch (match.kind) {
        case 'found':
          return side(match.fromParent ? 'parent' : 'gazetteer', { lat: match.lat, lon: match.lon, unit: match.unit });
        case 'no-point':
          return side('no-point', { unit: match.unit });
        case 'not-found':
          return side('not-found');
        case 'ambiguous':
          return register(`cn|${nameKey(name)}|${nameKey(province)}`, row, () => ({
            side: 'cn',
            name,
            context: province,
            candidates: match.candidates.map((candidate) => cnCandidate(gazetteers.cn, candidate)),
            suggested: null,
          }));
      }
    },
    partner(name, known, lat, lon, row) {
      const iso2 = known?.iso2 ?? '';
      const match = worldMatch(`${name}\u0000${iso2}`);
      const fromFile = fileSide(lat, lon, null, match, gazetteers.cn);
      if (fromFile) return fromFile;
      if (match.kind === 'found') return side(match.stripped ? 'stripped' : 'gazetteer', { lat: match.place.lat, lon: match.place.lon, place: match.place });
      if (match.kind === 'not-found') return side('not-found');
      const id = `partner|${nameKey(name)}|${iso2}`;
      worldPlaces.set(id, match.candidates);
      return register(id, row, () => ({
        side: 'partner',
        name,
        context: known?.nameEn ?? '',
        candidates: match.candidates.map(worldCandidate),
        suggested: match.dominant ? 0 : null,
      }));
    },
    country: (text) => country(text),
    ambiguities: () => [...ambiguities.values()],
    choose(id, index) {
      const ambiguity = ambiguities.get(id);
      const candidate = ambiguity?.candidates[index];
      if (!ambiguity || !candidate) return null;
      if (ambiguity.side === 'partner') {
        const place = worldPlaces.get(id)?.[candidate.place];
        return place ? side('chosen', { lat: place.lat, lon: place.lon, place }) : null;
      }
      const unit = gazetteers.cn.byCode.get(candidate.code);
      const located = unit ? withPoint(gazetteers.cn, unit) : null;
      if (!unit || !located) return null;
      return located.kind === 'found' ? side('chosen', { lat: located.lat, lon: located.lon, unit }) : side('no-point', { unit });
    },
  };
}

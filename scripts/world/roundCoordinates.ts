/**
 * Rounds GeoJSON coordinates to a fixed number of decimals, the main lever on file size, and drops
 * what rounding makes degenerate: repeated positions, rings without area, lines without length.
 */
import type { Position } from 'geojson';
import { ringArea2, type PolygonCoordinates } from './cutAntimeridian';

/** Rounds one coordinate, turning -0 into 0 so that the output is byte-stable. */
function roundNumber(value: number, factor: number): number {
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Rounds a line or ring and removes positions equal to the one before them. */
export function roundLine(line: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const position of line) {
    const next = [roundNumber(position[0] as number, factor), roundNumber(position[1] as number, factor)];
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
}

/** Rounds a closed ring; null when it no longer encloses any area or rounding turned it over. */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out = roundLine(ring, decimals);
  if (out.length < 4) return null;
  const area = ringArea2(out);
  return area !== 0 && Math.sign(area) === Math.sign(ringArea2(ring)) ? out : null;
}

/** Rounds a polygon; null when its exterior collapses. Collapsed holes are dropped. */
export function roundPolygon(polygon: PolygonCoordinates, decimals: number): PolygonCoordinates | null {
  const [exterior, ...holes] = polygon;
  const outer = exterior && roundRing(exterior, decimals);
  if (!outer) return null;
  const inner = holes.map((hole) => roundRing(hole, decimals)).filter((hole) => hole !== null);
  return [outer, ...inner];
}

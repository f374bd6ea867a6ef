/**
 * The pole of inaccessibility of a polygon: the interior point farthest from its edges, which is
 * where a label sits best (a centroid can fall outside a crescent or into the sea). The search is
 * the quadtree method of Garcia-Castellanos & Lombardo (2007), as in Mapbox's polylabel.
 *
 * Longitudes are scaled by the cosine of the polygon's mid-latitude first, so that "farthest" is
 * measured in roughly even distances rather than in degrees.
 */
import type { Position } from 'geojson';
import type { PolygonCoordinates } from './cutAntimeridian';

interface Cell {
  x: number;
  y: number;
  /** Half the cell size. */
  h: number;
  /** Signed distance from the centre to the polygon edge, positive inside. */
  d: number;
  /** Upper bound of the distance anywhere in the cell. */
  max: number;
}

/** Squared distance from point (px, py) to segment a-b. */
function segmentDistance2(px: number, py: number, a: Position, b: Position): number {
  let x = a[0] as number;
  let y = a[1] as number;
  let dx = (b[0] as number) - x;
  let dy = (b[1] as number) - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0] as number;
      y = b[1] as number;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from (x, y) to the polygon outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, polygon: PolygonCoordinates): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      const [ax, ay] = a as [number, number];
      const [bx, by] = b as [number, number];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      min = Math.min(min, segmentDistance2(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

function makeCell(x: number, y: number, h: number, polygon: PolygonCoordinates): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/**
 * Returns the pole of inaccessibility of a planar lon/lat polygon, within `precision` degrees.
 * Coordinates come back rounded to `decimals`.
 */
export function poleOfInaccessibility(polygon: PolygonCoordinates, precision: number, decimals: number): [number, number] {
  const exterior = polygon[0] ?? [];
  const ys = exterior.map((p) => p[1] as number);
  const midLat = (Math.min(...ys) + Math.max(...ys)) / 2;
  const k = Math.max(Math.cos((midLat * Math.PI) / 180), 0.05);
  const scaled = polygon.map((ring) => ring.map((p) => [(p[0] as number) * k, p[1] as number]));
  const xs = (scaled[0] ?? []).map((p) => p[0] as number);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const size = Math.min(width, height);
  let best = makeCell(minX + width / 2, minY + height / 2, 0, scaled);
  if (size > 0) {
    const queue: Cell[] = [];
    const h = size / 2;
    for (let x = minX; x < minX + width; x += size) {
      for (let y = minY; y < minY + height; y += size) queue.push(makeCell(x + h, y + h, h, scaled));
    }
    const tolerance = precision * k;
    while (queue.length > 0) {
      // A linear scan for the most promising cell keeps this free of a heap; cells number in the hundreds.
      let top = 0;
      for (let i = 1; i < queue.length; i++) if ((queue[i] as Cell).max > (queue[top] as Cell).max) top = i;
      const cell = queue.splice(top, 1)[0] as Cell;
      if (cell.d > best.d) best = cell;
      if (cell.max - best.d <= tolerance) continue;
      const c = cell.h / 2;
      for (const [dx, dy] of [
        [-c, -c],
        [c, -c],
        [-c, c],
        [c, c],
      ] as const) {
        queue.push(makeCell(cell.x + dx, cell.y + dy, c, scaled));
      }
    }
  }
  const factor = 10 ** decimals;
  return [Math.round((best.x / k) * factor) / factor, Math.round(best.y * factor) / factor];
}

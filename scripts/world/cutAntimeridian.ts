/**
 * Cuts spherical geometry along the antimeridian, so that a flat renderer (MapLibre's Mercator and
 * its tiles) never draws a ring edge from +180° to -180° across the whole map.
 *
 * d3-geo does the cutting: its equirectangular projection, scaled to degrees and with resampling
 * off, changes no coordinate but runs every geometry through `geoClipAntimeridian`, which splits
 * rings at ±180° and closes a ring around a pole (Antarctica) along the map edge and the pole line.
 */
import { geoEquirectangular, geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** A polygon as GeoJSON coordinates: the exterior ring first, then its holes. */
export type PolygonCoordinates = Position[][];

const cutter = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .precision(0);

/** Streams `object` through the cutter and returns every line or ring it emits, in degrees. */
function cutLinesOf(object: GeoPermissibleObjects): Position[][] {
  const lines: Position[][] = [];
  let line: Position[] = [];
  const sink: GeoStream = {
    // The projection's y axis points down the screen; flip it back to latitude.
    point: (x, y) => void line.push([x, y === 0 ? 0 : -y]),
    lineStart: () => {
      line = [];
    },
    lineEnd: () => void (line.length > 0 && lines.push(line)),
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  geoStream(object, cutter.stream(sink));
  return lines;
}

/** Twice the signed planar area of a closed ring; positive when counter-clockwise (y up). */
export function ringArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/** Whether `point` lies inside the closed planar `ring` (even-odd rule). */
export function ringContains(ring: Position[], point: Position): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Returns the ring with its first position repeated at the end. */
function closeRing(ring: Position[]): Position[] {
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0] as number, first[1] as number]];
}

/**
 * Cuts a d3-wound polygon (exterior rings clockwise on the sphere, as world-atlas stores them) at
 * the antimeridian. Returns RFC 7946 polygons: exterior rings counter-clockwise, holes clockwise,
 * each hole under the smallest exterior that contains it.
 */
export function cutPolygons(geometry: Polygon | MultiPolygon): PolygonCoordinates[] {
  const exteriors: { ring: Position[]; area: number; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const line of cutLinesOf(geometry)) {
    const ring = closeRing(line);
    if (ring.length < 4) continue;
    const area = ringArea2(ring);
    // d3 winds exteriors clockwise, which is a negative planar area once latitude points up.
    if (area < 0) exteriors.push({ ring: ring.reverse(), area: -area, holes: [] });
    else if (area > 0) holes.push(ring.reverse());
  }
  const bySize = [...exteriors].sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    const owner = bySize.find((e) => ringContains(e.ring, hole[0] as Position));
    if (!owner) throw new Error(`invalid hole: no exterior contains ${JSON.stringify(hole[0])}`);
    owner.holes.push(hole);
  }
  return exteriors.map((e) => [e.ring, ...e.holes]);
}

/** Cuts lines at the antimeridian; a line that crosses it comes back as two. */
export function cutLines(geometry: LineString | MultiLineString): Position[][] {
  return cutLinesOf(geometry).filter((line) => line.length >= 2);
}

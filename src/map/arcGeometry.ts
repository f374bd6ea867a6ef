/**
 * CPU side of the arc layer: every arc densified along its great circle and packed into the two
 * typed arrays the GPU reads. No WebGL here, so it is tested in Node.
 *
 * Layout: all arcs' points follow each other in one list, with one padding point before and after.
 * Instance `i` of the draw call is the segment from point `i + 1` to point `i + 2`; it also reads
 * points `i` and `i + 3` so that both segments meeting at a point widen it the same way (no beads
 * at the joins of translucent arcs). `t` runs from exactly 0 to exactly 1 along each arc, which is
 * how the shader tells a segment inside an arc from one bridging two arcs.
 *
 * Arcs are sorted by year, those of unknown year first, so a year window is one run of arcs and
 * the layer draws only the instances of that run (see {@link arcRunsInWindow}). Later years are
 * drawn last, on top.
 */
import { centralAngle, greatCircle, mercatorX, mercatorY, type LonLat } from '../geo/greatCircle';

/** The year attribute of an arc whose founding year is unknown. */
export const ARC_UNKNOWN_YEAR = -1e6;

/** Floats per point in {@link ArcGeometry.points}: Mercator x, Mercator y, t along the arc. */
export const POINT_FLOATS = 3;

/**
 * Bytes per point in {@link ArcGeometry.attributes}: year, cnIndex, partnerIndex and apex height
 * (float32 each), then red, green, blue and a spare byte (unsigned bytes, 0..255).
 */
export const ATTRIBUTE_BYTES = 20;

/** Apex height of an arc on the globe, as a share of the straight chord between its ends. */
export const ARC_HEIGHT_RATIO = 0.08;

/** Mean Earth radius used by MapLibre's globe, in metres. */
const EARTH_RADIUS_M = 6371008.8;

/** Largest angle between two points of an arc, in degrees. */
const STEP_DEG = 2;

/** One arc as the layer receives it (see `ArcDatum` in arcLayer.ts). */
export interface ArcInput {
  from: [number, number];
  to: [number, number];
  year: number | null;
  color: [number, number, number];
  cnIndex: number;
  partnerIndex: number;
}

/** The packed geometry of a list of arcs. */
export interface ArcGeometry {
  /** {@link POINT_FLOATS} floats per point, padding points included. */
  points: Float32Array;
  /** {@link ATTRIBUTE_BYTES} bytes per point: the attributes of the arc the point belongs to. */
  attributes: ArrayBuffer;
  /** Segments to draw: one instance per pair of consecutive points, bridges between arcs included. */
  instanceCount: number;
  /**
   * Year of each arc that has geometry, in drawing order: ascending, with {@link ARC_UNKNOWN_YEAR}
   * (the arcs of unknown year) first.
   */
  years: Float64Array;
  /** Index of the first point of each arc in drawing order, then of the trailing padding point. */
  firstPoints: Uint32Array;
}

/** Whether an arc can be drawn: finite coordinates in range and two distinct ends. */
function drawable(arc: ArcInput): boolean {
  const [fromLon, fromLat] = arc.from;
  const [toLon, toLat] = arc.to;
  const finite = [fromLon, fromLat, toLon, toLat].every(Number.isFinite);
  if (!finite || Math.abs(fromLat) > 90 || Math.abs(toLat) > 90) return false;
  return centralAngle(arc.from, arc.to) > 1e-9;
}

/** A colour component in 0..1 as a byte; out-of-range and NaN components are clamped to 0..255. */
function toByte(component: number): number {
  const v = Math.round(component * 255);
  return Number.isFinite(v) ? Math.max(0, Math.min(255, v)) : 0;
}

/**
 * Densifies every drawable arc (about 2° per segment) and packs the result. Arcs with missing or
 * out-of-range coordinates, or with both ends at the same place, are left out.
 */
export function buildArcGeometry(arcs: readonly ArcInput[]): ArcGeometry {
  const kept: { arc: ArcInput; year: number; path: LonLat[] }[] = [];
  let pointCount = 2;
  for (const arc of arcs) {
    if (!drawable(arc)) continue;
    const path = greatCircle(arc.from, arc.to, { maxStepDeg: STEP_DEG });
    const year = arc.year === null || !Number.isFinite(arc.year) ? ARC_UNKNOWN_YEAR : arc.year;
    kept.push({ arc, year, path });
    pointCount += path.length;
  }
  kept.sort((a, b) => a.year - b.year);

  const points = new Float32Array(pointCount * POINT_FLOATS);
  const attributes = new ArrayBuffer(pointCount * ATTRIBUTE_BYTES);
  const view = new DataView(attributes);
  const years = new Float64Array(kept.length);
  const firstPoints = new Uint32Array(kept.length + 1);

  let index = 1;
  kept.forEach(({ arc, year, path }, a) => {
    years[a] = year;
    firstPoints[a] = index;
    const chord = 2 * Math.sin(centralAngle(arc.from, arc.to) / 2) * EARTH_RADIUS_M;
    const height = ARC_HEIGHT_RATIO * chord;
    const [r, g, b] = arc.color.map(toByte) as [number, number, number];
    const last = path.length - 1;
    path.forEach(([lon, lat], k) => {
      const p = index * POINT_FLOATS;
      points[p] = mercatorX(lon);
      points[p + 1] = mercatorY(lat);
      points[p + 2] = k / last;
      const o = index * ATTRIBUTE_BYTES;
      view.setFloat32(o, year, true);
      view.setFloat32(o + 4, arc.cnIndex, true);
      view.setFloat32(o + 8, arc.partnerIndex, true);
      view.setFloat32(o + 12, height, true);
      view.setUint8(o + 16, r);
      view.setUint8(o + 17, g);
      view.setUint8(o + 18, b);
      index++;
    });
  });
  firstPoints[kept.length] = index;

  return { points, attributes, instanceCount: Math.max(0, pointCount - 3), years, firstPoints };
}

/** First index in sorted `years` whose year is at least `year` (or after it, when `after`). */
function bound(years: Float64Array, year: number, after: boolean): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const y = years[mid] as number;
    if (after ? y <= year : y < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The runs of arcs (index ranges [start, end) into `years`, which is sorted as in
 * {@link ArcGeometry.years}) that fall in the window; `from` may be -Infinity. At most two runs:
 * the undated arcs, and the dated ones; adjacent runs are merged.
 */
export function arcRunsInWindow(
  years: Float64Array,
  from: number,
  to: number,
  includeUnknown: boolean,
): [number, number][] {
  const unknownEnd = bound(years, ARC_UNKNOWN_YEAR, true);
  const start = Math.max(unknownEnd, bound(years, from, false));
  const end = Math.max(start, bound(years, to, true));
  const runs: [number, number][] = [];
  if (includeUnknown && unknownEnd > 0) runs.push([0, unknownEnd]);
  if (end > start) {
    const previous = runs[runs.length - 1];
    if (previous && previous[1] === start) previous[1] = end;
    else runs.push([start, end]);
  }
  return runs;
}

/**
 * The instances that draw a run of arcs, as [first instance, instance count]: from the first
 * segment of arc `start` to the last segment of arc `end - 1`, with the segments bridging arcs
 * inside the run (the shader drops those).
 */
export function instancesOfRun(firstPoints: Uint32Array, [start, end]: [number, number]): [number, number] {
  const first = (firstPoints[start] as number) - 1;
  return [first, Math.max(0, (firstPoints[end] as number) - 2 - first)];
}

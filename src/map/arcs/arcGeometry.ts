/**
 * CPU side of the arc layer: every arc densified along its great circle and packed into the two
 * float arrays the GPU reads as data textures (see arcBuffers.ts). No WebGL here, so it is tested
 * in Node.
 *
 * Layout: all arcs' points follow each other in one list, each arc followed by a separator point.
 * The layer draws a run of arcs as one triangle strip of two vertices per point (its left and right
 * side), and the shader reads each point's neighbours along its arc to widen it: both segments
 * meeting at a point share its two vertices, so translucent arcs have no beads or gaps at joins.
 * A separator's two vertices repeat the right side of the point before and the left side of the
 * point after, which makes every triangle bridging two arcs degenerate. Arcs a pixel wide or less
 * are drawn from the same vertices as lines (see drawsHairlines in arcDraw.ts): vertices 2i and
 * 2i + 1 are then the segment from point i to point i + 1, hidden where it reaches a separator.
 * `t` runs from exactly 0 to exactly 1 along each arc, in equal steps per point.
 *
 * The list comes twice, one level of detail after the other: every point (at most 2° apart), then
 * every other point, which software rendering draws in about two thirds of the time and which is
 * as smooth on a globe that fits on the screen (see arcDetail.ts). Arcs have an even number of
 * segments, at least 16, so that both levels step evenly in `t` and even short arcs rise and fall
 * in at least 8 steps.
 *
 * Arcs are sorted by year, those of unknown year first, so a year window is one run of arcs and
 * the layer draws only the vertices of that run (see arcRuns.ts). Later years are drawn last, on top.
 */
import { ARC_UNKNOWN_YEAR, type ArcDatum } from './arcTypes';
import { centralAngle, type GreatCircleOptions, greatCirclePointCount, mercatorX, mercatorY, writeGreatCircle } from '../../geo/greatCircle';

/**
 * Floats per point in {@link ArcGeometry.points}: Mercator x, Mercator y, t along the arc, and
 * the index of the arc in drawing order ({@link SEPARATOR} for a separator point).
 */
export const POINT_FLOATS = 4;

/** The arc index of a separator point. */
export const SEPARATOR = -1;

/**
 * Floats per arc in {@link ArcGeometry.arcs}: year, cnIndex, partnerIndex, apex height in metres,
 * then red, green and blue (0..1) and the number of segments of the arc at full detail.
 */
export const ARC_FLOATS = 8;

/** Apex height of an arc on the globe, as a share of the straight chord between its ends. */
export const ARC_HEIGHT_RATIO = 0.08;

/** Points of the full list per point of each level of detail, finest first. */
export const ARC_LEVEL_STEPS = [1, 2] as const;

/** Mean Earth radius used by MapLibre's globe, in metres. */
const EARTH_RADIUS_M = 6371008.8;

/** Largest angle between two points of an arc at full detail, in degrees. */
const STEP_DEG = 2;
/** Fewest segments of an arc at full detail. */
const MIN_SEGMENTS = 16;

/** One arc as the layer receives it. */
export type ArcInput = ArcDatum;

/** The packed geometry of a list of arcs. */
export interface ArcGeometry {
  /** {@link POINT_FLOATS} floats per point: every level of detail, separators included. */
  points: Float32Array;
  /** {@link ARC_FLOATS} floats per arc, in drawing order. */
  arcs: Float32Array;
  /**
   * Year of each arc that has geometry, in drawing order: ascending, with {@link ARC_UNKNOWN_YEAR}
   * (the arcs of unknown year) first.
   */
  years: Float64Array;
  /** For each arc in drawing order, its index in the list given to {@link buildArcGeometry}. */
  order: Int32Array;
  /**
   * For each level of detail ({@link ARC_LEVEL_STEPS}): the index in `points` of the first point
   * of each arc in drawing order, then the index just past the level's list.
   */
  firstPoints: Uint32Array[];
  /** Smallest and largest Mercator x of any point ([0, 0] without arcs); unwrapped, so it may pass 0 or 1. */
  xExtent: [number, number];
}

/** Whether an arc can be drawn: finite coordinates in range and two distinct ends. */
function drawable(arc: ArcInput): boolean {
  const [fromLon, fromLat] = arc.from;
  const [toLon, toLat] = arc.to;
  const finite = [fromLon, fromLat, toLon, toLat].every(Number.isFinite);
  if (!finite || Math.abs(fromLat) > 90 || Math.abs(toLat) > 90) return false;
  return centralAngle(arc.from, arc.to) > 1e-9;
}

/** A colour component clamped to 0..1 (NaN gives 0). */
function unit(component: number): number {
  return Number.isFinite(component) ? Math.max(0, Math.min(1, component)) : 0;
}

/** Segments of an arc spanning `angle` radians at full detail: at most 2° each, at least 16, even. */
export function arcSegments(angle: number): number {
  const segments = Math.max(MIN_SEGMENTS, Math.ceil((angle * 180) / Math.PI / STEP_DEG));
  return segments + (segments % 2);
}

/**
 * Densifies every drawable arc (see {@link arcSegments}) and packs the result. Arcs with missing
 * or out-of-range coordinates, or with both ends at the same place, are left out. Every point is
 * written straight into the packed arrays (a hundred thousand arcs have millions of points: no
 * object or array is made per point or per arc).
 */
export function buildArcGeometry(arcs: readonly ArcInput[]): ArcGeometry {
  const angles = new Float64Array(arcs.length);
  const lengths = new Int32Array(arcs.length);
  const yearOf = new Float64Array(arcs.length);
  const kept: number[] = [];
  let longest = 0;
  for (const [input, arc] of arcs.entries()) {
    if (!drawable(arc)) continue;
    const angle = centralAngle(arc.from, arc.to);
    const length = greatCirclePointCount(arc.from, arc.to, pathOptions(angle));
    angles[input] = angle;
    lengths[input] = length;
    yearOf[input] = arc.year === null || !Number.isFinite(arc.year) ? ARC_UNKNOWN_YEAR : arc.year;
    longest = Math.max(longest, length);
    kept.push(input);
  }
  kept.sort((a, b) => (yearOf[a] as number) - (yearOf[b] as number));

  // Points per level: each arc's points at that level, then its separator.
  const levelSizes = ARC_LEVEL_STEPS.map((step) => kept.reduce((sum, input) => sum + ((lengths[input] as number) - 1) / step + 2, 0));
  const points = new Float32Array(levelSizes.reduce((a, b) => a + b, 0) * POINT_FLOATS);
  const attributes = new Float32Array(kept.length * ARC_FLOATS);
  const years = new Float64Array(kept.length);
  const order = new Int32Array(kept);
  const firstPoints = ARC_LEVEL_STEPS.map(() => new Uint32Array(kept.length + 1));
  const next = levelSizes.map((_, level) => levelSizes.slice(0, level).reduce((a, b) => a + b, 0));
  const path = new Float64Array(2 * longest);
  const xy = new Float64Array(2 * longest);
  let xMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  for (const [a, input] of kept.entries()) {
    const arc = arcs[input] as ArcInput;
    const angle = angles[input] as number;
    const count = writeGreatCircle(arc.from, arc.to, pathOptions(angle), path);
    const last = count - 1;
    years[a] = yearOf[input] as number;
    const chord = 2 * Math.sin(angle / 2) * EARTH_RADIUS_M;
    const o = a * ARC_FLOATS;
    attributes[o] = years[a];
    attributes[o + 1] = arc.cnIndex;
    attributes[o + 2] = arc.partnerIndex;
    attributes[o + 3] = ARC_HEIGHT_RATIO * chord;
    attributes[o + 4] = unit(arc.color[0]);
    attributes[o + 5] = unit(arc.color[1]);
    attributes[o + 6] = unit(arc.color[2]);
    attributes[o + 7] = last;
    for (let k = 0; k < count; k++) {
      const x = mercatorX(path[2 * k] as number);
      xy[2 * k] = x;
      xy[2 * k + 1] = mercatorY(path[2 * k + 1] as number);
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
    }
    for (const [level, step] of ARC_LEVEL_STEPS.entries()) {
      let index = next[level] as number;
      (firstPoints[level] as Uint32Array)[a] = index;
      for (let k = 0; k <= last; k += step) {
        const p = index * POINT_FLOATS;
        points[p] = xy[2 * k] as number;
        points[p + 1] = xy[2 * k + 1] as number;
        points[p + 2] = k / last;
        points[p + 3] = a;
        index++;
      }
      // The separator: only its arc index matters.
      points[index * POINT_FLOATS + 3] = SEPARATOR;
      next[level] = index + 1;
    }
  }
  for (const [level, firsts] of firstPoints.entries()) firsts[kept.length] = next[level] as number;

  const xExtent: [number, number] = kept.length > 0 ? [xMin, xMax] : [0, 0];
  return { points, arcs: attributes, years, order, firstPoints, xExtent };
}

/** The path of an arc spanning `angle` radians: a step as long as any arc, so that the segment count alone decides. */
function pathOptions(angle: number): GreatCircleOptions {
  return { maxStepDeg: 180, minSegments: arcSegments(angle) };
}

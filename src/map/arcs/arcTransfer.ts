/**
 * Arcs and their geometry in the shape a worker message carries them: the arcs packed into one
 * float array, and the geometry's typed arrays listed for transfer, so that neither side copies or
 * deserialises anything per arc on the main thread.
 */
import type { ArcGeometry } from './arcGeometry';
import type { ArcDatum, PackedArcs } from './arcTypes';

/** Floats per arc in a packed list: from lon/lat, to lon/lat, year (NaN when unknown), red, green, blue, cnIndex, partnerIndex. */
export const PACKED_FLOATS = 10;

/** Writes arc `a` of a packed list (sized for it) from its parts. */
export function writePackedArc(packed: PackedArcs, a: number, arc: ArcDatum): void {
  const o = a * PACKED_FLOATS;
  packed[o] = arc.from[0];
  packed[o + 1] = arc.from[1];
  packed[o + 2] = arc.to[0];
  packed[o + 3] = arc.to[1];
  packed[o + 4] = arc.year ?? Number.NaN;
  packed[o + 5] = arc.color[0];
  packed[o + 6] = arc.color[1];
  packed[o + 7] = arc.color[2];
  packed[o + 8] = arc.cnIndex;
  packed[o + 9] = arc.partnerIndex;
}

/** The arcs as one float array ({@link PACKED_FLOATS} per arc). */
export function packArcs(arcs: readonly ArcDatum[]): PackedArcs {
  const packed = new Float64Array(arcs.length * PACKED_FLOATS);
  for (const [a, arc] of arcs.entries()) writePackedArc(packed, a, arc);
  return packed;
}

/** How many arcs a list holds, packed or not. */
export function arcCount(arcs: readonly ArcDatum[] | PackedArcs): number {
  return arcs instanceof Float64Array ? Math.floor(arcs.length / PACKED_FLOATS) : arcs.length;
}

/** The arcs of a packed list, as {@link packArcs} was given them (a NaN year is unknown). */
export function unpackArcs(packed: PackedArcs): ArcDatum[] {
  const arcs: ArcDatum[] = [];
  for (let o = 0; o + PACKED_FLOATS <= packed.length; o += PACKED_FLOATS) {
    const year = packed[o + 4]!;
    arcs.push({
      from: [packed[o]!, packed[o + 1]!],
      to: [packed[o + 2]!, packed[o + 3]!],
      year: Number.isNaN(year) ? null : year,
      color: [packed[o + 5]!, packed[o + 6]!, packed[o + 7]!],
      cnIndex: packed[o + 8]!,
      partnerIndex: packed[o + 9]!,
    });
  }
  return arcs;
}

/** The buffers of a geometry, to transfer with the message that carries it. */
export function geometryBuffers(geometry: ArcGeometry): ArrayBuffer[] {
  const arrays = [geometry.points, geometry.arcs, geometry.years, geometry.order, ...geometry.firstPoints];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

import type { ArcGeometry } from '../map/arcs/arcGeometry';

/** A list of arcs to build, packed by packArcs (arcTransfer.ts). `id` pairs it with its answer. */
export interface ArcGeometryRequest {
  id: number;
  packed: Float64Array;
}

/** The built geometry, or why it could not be built. */
export type ArcGeometryResponse = { id: number; geometry: ArcGeometry } | { id: number; error: string };

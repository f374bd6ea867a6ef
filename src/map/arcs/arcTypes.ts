/** Types and constants shared by the arc layer's files (so that they do not import one another in a circle). */
import type { CustomLayerInterface } from 'maplibre-gl';
import type { ArcStyle } from './arcStyle';

/** The year attribute of an arc whose founding year is unknown. */
export const ARC_UNKNOWN_YEAR = -1e6;

/**
 * Arcs packed into one float array, PACKED_FLOATS (arcTransfer.ts) per arc: what a worker message
 * carries without copying, and what a large dataset gives the layer without an object per arc.
 */
export type PackedArcs = Float64Array;

/** One tie to draw. */
export interface ArcDatum {
  /** The Chinese end, [longitude, latitude] in degrees. */
  from: [number, number];
  /** The partner end, [longitude, latitude] in degrees. */
  to: [number, number];
  /** Founding year, or null when unknown. */
  year: number | null;
  /** Colour as [red, green, blue], each 0..1. */
  color: [number, number, number];
  /** Index of the Chinese city, matched by {@link ArcLayer.setFocus} and {@link ArcLayer.setHover}. */
  cnIndex: number;
  /** Index of the partner city, matched the same way. */
  partnerIndex: number;
}

/** A city on either side: an arc touches it when its cnIndex or its partnerIndex matches; -1 matches nothing. */
export interface ArcCityRef {
  cnIndex: number;
  partnerIndex: number;
}

/** The arc layer: a MapLibre custom layer plus the setters the app drives it with. */
export interface ArcLayer extends CustomLayerInterface {
  /**
   * Replaces the arcs: densifies them along their great circles and uploads them at the next frame.
   * A small list is densified at once; a large one in a worker, and until it is ready no arcs are
   * drawn (see {@link ArcLayer.settled}). Called once per dataset; an empty list draws nothing.
   * A large list is best given packed (see arcTransfer.ts): it then goes to the worker as it is.
   */
  setArcs(arcs: readonly ArcDatum[] | PackedArcs): void;
  /**
   * Settles once the arcs of the latest {@link ArcLayer.setArcs} are built, on the GPU at the level of
   * detail of the first view that draws them, and drawn; or once nothing will be drawn (no arc in the
   * year window, a failure, the layer removed or on no map). Drawing happens in the map's frames, so
   * this waits for a map that renders (not for one in a hidden page).
   */
  settled(): Promise<void>;
  /**
   * Shows only arcs founded in [from, to] (`from` may be -Infinity), and those of unknown year when
   * `includeUnknown`. Uniforms only: no geometry is rebuilt or uploaded.
   */
  setYearWindow(from: number, to: number, includeUnknown: boolean): void;
  /**
   * Shows only the arcs whose byte in `mask` (one per arc given to setArcs, in that order) is 1: the
   * filters and the home city. null shows every arc. One byte per arc is uploaded; no geometry is rebuilt.
   */
  setMask(mask: Uint8Array | null): void;
  /** Emphasises the arcs touching the selected city and dims the others; null clears it. Uniforms only. */
  setFocus(focus: ArcCityRef | null): void;
  /** Emphasises, more lightly, the arcs touching the hovered city; null clears it. Uniforms only. */
  setHover(hover: ArcCityRef | null): void;
  /**
   * Play animation: arcs founded in `year` are drawn from their Chinese end up to `progress`
   * (0..1) of their length, with a bright tip; null draws every arc whole. Uniforms only.
   */
  setGrow(year: number | null, progress: number): void;
  /**
   * Adjusts every frame's computed style (presenter mode widens the arcs for a projector); null
   * draws the plain style. Uniforms only.
   */
  setStyleTransform(transform: ((style: ArcStyle) => ArcStyle) | null): void;
  /**
   * Number of arcs passing the current year window, counted on the CPU with the same rule as the
   * shader. Arcs that cannot be drawn (coordinates missing or out of range, both ends at the same
   * place) are not counted, nor is anything while a drawing failure stops the layer or while a
   * large list is still being densified in the worker (see {@link ArcLayer.settled}).
   */
  drawnCount(): number;
}

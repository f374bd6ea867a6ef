/**
 * A raster of the world's land, for fast "is this point on land" tests: each row of cells is
 * filled between the crossings of its centre line with the land rings (even-odd rule), so building
 * it costs one pass over the rings' edges instead of a polygon test per point.
 */
import type { Position } from 'geojson';

/** Land or sea at a longitude and latitude in degrees. */
export interface LandMask {
  isLand(lon: number, lat: number): boolean;
}

/** Rasterises `polygons` (rings of [lon, lat], cut at ±180°) at `cellDeg` degrees per cell. */
export function createLandMask(polygons: readonly (readonly Position[])[][], cellDeg = 0.1): LandMask {
  if (!(cellDeg > 0)) throw new Error(`invalid cellDeg: ${cellDeg}`);
  const cols = Math.round(360 / cellDeg);
  const rows = Math.round(180 / cellDeg);
  const crossings: number[][] = Array.from({ length: rows }, () => []);

  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j] as [number, number];
        const [x2, y2] = ring[i] as [number, number];
        if (y1 === y2) continue;
        const low = Math.min(y1, y2);
        const high = Math.max(y1, y2);
        // Rows whose centre latitude lies in [low, high).
        const first = Math.max(0, Math.ceil((low + 90) / cellDeg - 0.5));
        const last = Math.min(rows - 1, Math.ceil((high + 90) / cellDeg - 0.5) - 1);
        for (let r = first; r <= last; r++) {
          const lat = (r + 0.5) * cellDeg - 90;
          crossings[r]?.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
    }
  }

  const cells = new Uint8Array(cols * rows);
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(((xs[k] as number) + 180) / cellDeg - 0.5));
      const to = Math.min(cols - 1, Math.ceil(((xs[k + 1] as number) + 180) / cellDeg - 0.5) - 1);
      cells.fill(1, r * cols + from, r * cols + to + 1);
    }
  });

  return {
    isLand(lon, lat) {
      if (!(lat >= -90 && lat <= 90) || !Number.isFinite(lon)) return false;
      const c = Math.min(cols - 1, Math.floor(((((lon + 180) % 360) + 360) % 360) / cellDeg));
      const r = Math.min(rows - 1, Math.floor((lat + 90) / cellDeg));
      return cells[r * cols + c] === 1;
    },
  };
}

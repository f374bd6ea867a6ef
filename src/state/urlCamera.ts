/** Where the map looks: the URL's `camera=lon,lat,zoom[,bearing,pitch]`. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  /** Degrees clockwise from north, -180..180. */
  bearing: number;
  /** Degrees from straight down, 0..85. */
  pitch: number;
}

/**
 * Each field's bounds and the decimals it keeps: 3 for lon/lat (about 100 m), 2 for zoom, 1 for bearing and
 * pitch, so a URL stays short and the same view always gives the same URL.
 */
const FIELDS: readonly { key: keyof Camera; min: number; max: number; decimals: number }[] = [
  { key: 'lon', min: -180, max: 180, decimals: 3 },
  { key: 'lat', min: -90, max: 90, decimals: 3 },
  { key: 'zoom', min: 0, max: 24, decimals: 2 },
  { key: 'bearing', min: -180, max: 180, decimals: 1 },
  { key: 'pitch', min: 0, max: 85, decimals: 1 },
];

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0, so "-0" never appears in a URL.
  return Math.round(value * factor) / factor + 0;
}

/**
 * The camera rounded to the URL's precision with each field clamped to its bounds, or null when a field is
 * not a finite number.
 */
export function roundCamera(camera: Camera): Camera | null {
  const out = { lon: 0, lat: 0, zoom: 0, bearing: 0, pitch: 0 };
  for (const { key, min, max, decimals } of FIELDS) {
    const value = camera[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    out[key] = round(Math.min(max, Math.max(min, value)), decimals);
  }
  return out;
}

/**
 * Reads `lon,lat,zoom[,bearing,pitch]` (bearing and pitch default to 0), or null when a field is missing, not
 * a number or out of its bounds.
 */
export function parseCamera(text: string): Camera | null {
  const parts = text.split(',');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const values = parts.map((part) => (/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(part) ? Number(part) : Number.NaN));
  const camera = { lon: 0, lat: 0, zoom: 0, bearing: 0, pitch: 0 };
  for (const [i, field] of FIELDS.entries()) {
    const value = values[i] ?? 0;
    if (!Number.isFinite(value) || value < field.min || value > field.max) return null;
    camera[field.key] = value;
  }
  return roundCamera(camera);
}

/** Writes a camera as `lon,lat,zoom`, with `,bearing,pitch` only when either is not 0. */
export function formatCamera(camera: Camera): string | null {
  const rounded = roundCamera(camera);
  if (!rounded) return null;
  const { lon, lat, zoom, bearing, pitch } = rounded;
  const fields = bearing === 0 && pitch === 0 ? [lon, lat, zoom] : [lon, lat, zoom, bearing, pitch];
  return fields.map(String).join(',');
}

/** Reading values from untrusted GeoJSON: nothing is assumed about types. */

/** A GeoJSON feature as read from an untrusted file: every field may be missing or wrong. */
export interface LooseFeature {
  type?: unknown;
  id?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

/** A property value as cell text: strings and numbers as they are, other values empty. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A [lon, lat] position, or null when it is not two finite numbers. */
export function position(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lon, lat] = value as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}

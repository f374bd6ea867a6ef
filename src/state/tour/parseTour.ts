import type { CityRef, YearMode } from '../state';
import { DEFAULT_STEP_MS, STEP_MS_RANGE, type LocalText, type Tour, type TourCamera, type TourStep } from './tour';

/** Something wrong in a tour file: the step (null for the tour itself), the field and why. */
export interface TourProblem {
  step: number | null;
  field: string;
  reason: string;
}

/** The outcome of `parseTour`: the tour, or every problem found. */
export type TourParse = { ok: true; tour: Tour } | { ok: false; problems: TourProblem[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readText(value: unknown, step: number | null, field: string, problems: TourProblem[]): LocalText {
  if (typeof value === 'string') return { en: value, zh: value };
  if (isObject(value) && typeof value.en === 'string' && typeof value.zh === 'string') return { en: value.en, zh: value.zh };
  problems.push({ step, field, reason: 'expected { "en": text, "zh": text }' });
  return { en: '', zh: '' };
}

function readCamera(value: unknown, step: number, problems: TourProblem[]): TourCamera | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = (field: string, reason: string): undefined => {
    problems.push({ step, field: `camera.${field}`, reason });
    return undefined;
  };
  if (!isObject(value)) return bad('', 'expected an object');
  const { lon, lat, zoom, bearing, pitch } = value;
  if (!isFiniteNumber(lon) || lon < -180 || lon > 180) return bad('lon', 'expected a number from -180 to 180');
  if (!isFiniteNumber(lat) || lat < -90 || lat > 90) return bad('lat', 'expected a number from -90 to 90');
  if (!isFiniteNumber(zoom) || zoom < 0 || zoom > 24) return bad('zoom', 'expected a number from 0 to 24');
  if (bearing !== undefined && !isFiniteNumber(bearing)) return bad('bearing', 'expected a number');
  if (pitch !== undefined && (!isFiniteNumber(pitch) || pitch < 0 || pitch > 85)) return bad('pitch', 'expected a number from 0 to 85');
  return { lon, lat, zoom, ...(bearing === undefined ? {} : { bearing }), ...(pitch === undefined ? {} : { pitch }) };
}

function readSelected(value: unknown, step: number, problems: TourProblem[]): CityRef | null {
  if (value === undefined || value === null) return null;
  if (isObject(value) && (value.side === 'cn' || value.side === 'partner') && typeof value.key === 'string' && value.key) {
    return { side: value.side, key: value.key };
  }
  problems.push({ step, field: 'selected', reason: 'expected { "side": "cn" | "partner", "key": text } or null' });
  return null;
}

function readStep(value: unknown, index: number, problems: TourProblem[]): TourStep | null {
  if (!isObject(value)) {
    problems.push({ step: index, field: '', reason: 'expected an object' });
    return null;
  }
  const before = problems.length;
  const years = value.years;
  let from = 0;
  let to = 0;
  if (isObject(years) && Number.isInteger(years.from) && Number.isInteger(years.to) && (years.from as number) <= (years.to as number)) {
    from = years.from as number;
    to = years.to as number;
  } else problems.push({ step: index, field: 'years', reason: 'expected { "from": year, "to": year } with from ≤ to' });
  const mode: unknown = value.mode ?? 'cumulative';
  if (mode !== 'cumulative' && mode !== 'range') problems.push({ step: index, field: 'mode', reason: 'expected "cumulative" or "range"' });
  const home = value.home ?? null;
  if (home !== null && typeof home !== 'string') problems.push({ step: index, field: 'home', reason: 'expected a city name or code' });
  const filters = value.filters ?? {};
  if (!isObject(filters)) problems.push({ step: index, field: 'filters', reason: 'expected an object' });
  const durationMs = value.durationMs ?? DEFAULT_STEP_MS;
  if (!isFiniteNumber(durationMs) || durationMs < STEP_MS_RANGE.min || durationMs > STEP_MS_RANGE.max) {
    problems.push({ step: index, field: 'durationMs', reason: `expected milliseconds from ${STEP_MS_RANGE.min} to ${STEP_MS_RANGE.max}` });
  }
  const camera = readCamera(value.camera, index, problems);
  const selected = readSelected(value.selected, index, problems);
  const caption = readText(value.caption ?? '', index, 'caption', problems);
  if (problems.length > before) return null;
  return {
    ...(camera ? { camera } : {}),
    years: { from, to },
    mode: mode as YearMode,
    selected,
    home: home as string | null,
    filters: { ...(filters as Json) },
    caption,
    durationMs: durationMs as number,
  };
}

/**
 * Reads a tour from JSON text or an already parsed value. Never throws: returns the tour, or every
 * problem found, each with its step index (null for the tour itself). Missing optional fields get
 * defaults (`mode` cumulative, no selection, no filters, `DEFAULT_STEP_MS`); a plain-text caption or
 * title is used for both languages.
 */
export function parseTour(input: unknown): TourParse {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [{ step: null, field: '', reason: `not JSON: ${(error as Error).message}` }] };
    }
  }
  const problems: TourProblem[] = [];
  if (!isObject(value)) return { ok: false, problems: [{ step: null, field: '', reason: 'expected an object' }] };
  if (value.format !== undefined && value.format !== 'sister-city-atlas-tour') {
    problems.push({ step: null, field: 'format', reason: 'expected "sister-city-atlas-tour"' });
  }
  const id = typeof value.id === 'string' && value.id.trim() ? value.id.trim() : '';
  if (!id) problems.push({ step: null, field: 'id', reason: 'expected a non-empty text' });
  const title = readText(value.title, null, 'title', problems);
  const steps: TourStep[] = [];
  if (!Array.isArray(value.steps) || value.steps.length === 0) {
    problems.push({ step: null, field: 'steps', reason: 'expected a non-empty list of steps' });
  } else {
    value.steps.forEach((raw, index) => {
      const step = readStep(raw, index, problems);
      if (step) steps.push(step);
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tour: { id, title, steps } };
}

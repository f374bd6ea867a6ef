import type { AtlasState } from '../state';
import { asciiSlug } from '../slug';
import { DEFAULT_STEP_MS, type LocalText, type Tour, type TourCamera, type TourStep } from './tour';

/** The view a step is recorded from: the store's fields plus what the shell knows. */
export interface RecordedView {
  state: Pick<AtlasState, 'yearFrom' | 'yearTo' | 'mode' | 'selected'>;
  camera: TourCamera;
  /** The home city as in the URL, or null. */
  home?: string | null;
  filters?: Record<string, unknown>;
  caption?: LocalText;
  durationMs?: number;
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/** The step that shows the current view again ("record this view as a step"); camera rounded to ~1 m. */
export function recordStep(view: RecordedView): TourStep {
  const { lon, lat, zoom, bearing, pitch } = view.camera;
  const camera: TourCamera = { lon: round(lon, 5), lat: round(lat, 5), zoom: round(zoom, 2) };
  if (bearing !== undefined && round(bearing, 1) !== 0) camera.bearing = round(bearing, 1);
  if (pitch !== undefined && round(pitch, 1) !== 0) camera.pitch = round(pitch, 1);
  return {
    camera,
    years: { from: view.state.yearFrom, to: view.state.yearTo },
    mode: view.state.mode,
    selected: view.state.selected,
    home: view.home ?? null,
    filters: { ...(view.filters ?? {}) },
    caption: view.caption ?? { en: '', zh: '' },
    durationMs: view.durationMs ?? DEFAULT_STEP_MS,
  };
}

/** The tour with one more step at the end (a new object: tours are values). */
export function appendStep(tour: Tour, step: TourStep): Tour {
  return { ...tour, steps: [...tour.steps, step] };
}

/** The download name of a tour: `tour-<slug of its English title or id>.json`, `tour.json` when neither has ASCII. */
export function tourFileName(tour: Pick<Tour, 'id' | 'title'>): string {
  const slug = asciiSlug(tour.title.en) || asciiSlug(tour.id);
  return slug ? `tour-${slug}.json` : 'tour.json';
}

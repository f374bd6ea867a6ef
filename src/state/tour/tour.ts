import type { CityRef, YearMode } from '../state';

/** A text in both UI languages. */
export interface LocalText {
  en: string;
  zh: string;
}

/** Where the map looks: degrees, MapLibre zoom, and optional bearing and pitch in degrees. */
export interface TourCamera {
  lon: number;
  lat: number;
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** One step of a tour: the view it shows and what the presenter's caption says. */
export interface TourStep {
  /** Where the map flies; absent keeps the camera where it is. */
  camera?: TourCamera;
  /** The year window (inclusive). */
  years: { from: number; to: number };
  mode: YearMode;
  /** The city whose panel is open, or null for none. */
  selected: CityRef | null;
  /** The home city (a name or GB code, as in the URL's `home=`), or null. */
  home: string | null;
  /** Filters, kept as given until the filter state lands (see src/state/filters.ts). */
  filters: Record<string, unknown>;
  caption: LocalText;
  /** How long the step stays up when the tour plays by itself, in milliseconds. */
  durationMs: number;
}

/** A tour: a titled list of steps a presenter walks through. */
export interface Tour {
  /** `china`, `city:320200`, or any id a recorded tour was given. */
  id: string;
  title: LocalText;
  steps: TourStep[];
}

/** The file format of a tour, as downloaded and as read from `tour=<url>`. */
export interface TourFile extends Tour {
  format: 'sister-city-atlas-tour';
  version: 1;
}

/** How long a step stays up when no duration is given. */
export const DEFAULT_STEP_MS = 6000;

/** Shortest and longest step durations a tour may ask for. */
export const STEP_MS_RANGE = { min: 500, max: 600_000 } as const;

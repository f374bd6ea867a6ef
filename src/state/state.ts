import type { Dataset } from '../data/schema';
import type { Filters } from './filters';

/** UI language. */
export type Lang = 'en' | 'zh';

/** `cumulative`: every tie founded up to `yearTo`; `range`: ties founded in [yearFrom, yearTo]. */
export type YearMode = 'cumulative' | 'range';

/** A selected or hovered city: the Chinese unit or the partner, by its key (see selectCities). */
export interface CityRef {
  side: 'cn' | 'partner';
  key: string;
}

/** The whole UI state: plain and serialisable; years are integers. */
export interface AtlasState {
  lang: Lang;
  projection: 'globe' | 'mercator';
  dataset: Dataset;
  /** Bumped each time a new dataset replaces the old one. */
  datasetVersion: number;
  /** True while the shipped dataset is shown (false after an import). */
  isDefaultDataset: boolean;
  yearFrom: number;
  yearTo: number;
  mode: YearMode;
  /** Whether pairings with an unknown year are shown. */
  includeUnknown: boolean;
  /** The filter panel's choices (see `Filters`); empty arrays filter nothing. */
  filters: Filters;
  /** Home city (`home=`): GB/T 2260 code of the one unit whose ties alone are shown, or null for all. */
  home: string | null;
  /** With a home: its districts and counties count too (`sub=1`, the default). */
  sub: boolean;
  /** The compact view for portals (`embed=1`). */
  embed: boolean;
  selected: CityRef | null;
  hovered: CityRef | null;
  playing: boolean;
  /** Play speed multiplier, 0.5 to 4. */
  speed: number;
  loop: boolean;
  /** During play: the year whose new arcs are animating in, else null. */
  growYear: number | null;
  /** How far the arcs of `growYear` have grown, 0..1. */
  growProgress: number;
}

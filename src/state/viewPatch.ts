import type { Dataset } from '../data/schema';
import { cityReference, resolveCityRef } from './cityReference';
import { firstYear } from './initialState';
import { resolveUnit } from './resolveUnit';
import type { AtlasState } from './state';
import type { Camera } from './urlCamera';
import type { UrlState, YearSpan } from './urlState';

/** What a URL view changes in the state once its dataset has loaded. */
export type ViewPatch = Pick<AtlasState, 'mode' | 'includeUnknown' | 'filters' | 'home' | 'sub' | 'embed' | 'selected'> &
  Partial<Pick<AtlasState, 'yearFrom' | 'yearTo' | 'lang' | 'projection'>>;

/**
 * The `home` value of the state for a `home=` reference: the unit's GB code (its Chinese name for codeless
 * data), or null when the reference names no Chinese unit of the dataset (reported to `warn`).
 */
export function homeOf(dataset: Dataset, reference: string | null, warn: (message: string) => void = () => {}): string | null {
  if (reference === null) return null;
  const unit = resolveUnit(dataset, reference);
  if (!unit) warn(`invalid home: ${reference}`);
  return unit ? unit.code || unit.nameZh : null;
}

/**
 * The state a URL view asks for on a loaded dataset: its year window (when stated), mode, undated on/off,
 * filters, home (resolved to a GB code), sub, embed, selection (resolved like `city=`), and the language and
 * projection when stated. References that name nothing in the dataset are dropped with a warning.
 */
export function viewPatch(dataset: Dataset, view: UrlState, warn: (message: string) => void = () => {}): ViewPatch {
  const selected = view.city === null ? null : resolveCityRef(dataset, view.city);
  if (view.city !== null && !selected) warn(`invalid city: ${view.city}`);
  const patch: ViewPatch = {
    mode: view.mode,
    includeUnknown: view.includeUnknown,
    filters: {
      province: [...view.filters.province],
      level: [...view.filters.level],
      country: [...view.filters.country],
      region: [...view.filters.region],
      relation: [...view.filters.relation],
      yearStatus: [...view.filters.yearStatus],
    },
    home: homeOf(dataset, view.home, warn),
    sub: view.sub,
    embed: view.embed,
    selected,
    projection: view.projection,
  };
  if (view.years) {
    patch.yearFrom = view.years.from;
    patch.yearTo = view.years.to;
  }
  if (view.lang) patch.lang = view.lang;
  return patch;
}

/** The dataset's full year window, as the app shows it without `years=` (see `datasetState`). */
export function fullYears(dataset: Dataset, currentYear: number): YearSpan {
  const first = firstYear(dataset) ?? currentYear;
  return { from: Math.min(first, currentYear), to: Math.max(first, currentYear) };
}

/** The URL parameters a view carries without showing them: data, origins and the presenter's. */
export type CarriedParams = Pick<UrlState, 'data' | 'origins' | 'present' | 'tour' | 'kiosk'>;

/**
 * The URL view of a state: everything `viewPatch` reads back, the camera when the viewer has moved the map
 * (null: the app frames the data), and the carried parameters unchanged.
 */
export function urlStateOf(state: AtlasState, camera: Camera | null, carried: CarriedParams): UrlState {
  return {
    lang: state.lang,
    projection: state.projection,
    years: { from: state.yearFrom, to: state.yearTo },
    mode: state.mode,
    includeUnknown: state.includeUnknown,
    city: state.selected ? cityReference(state.dataset, state.selected) : null,
    home: state.home,
    sub: state.sub,
    embed: state.embed,
    camera,
    filters: { ...state.filters },
    ...carried,
  };
}

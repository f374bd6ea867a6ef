import type { AtlasState } from '../state';
import type { TourStep } from './tour';

/** The store fields a tour step sets. */
export type TourStepPatch = Pick<AtlasState, 'yearFrom' | 'yearTo' | 'mode' | 'selected' | 'hovered' | 'playing' | 'growYear' | 'growProgress'> &
  Partial<Pick<AtlasState, 'includeUnknown'>>;

/**
 * The state patch that shows a step: its year window, mode and selection, with play stopped and no
 * grow animation; `filters.includeUnknown`, when a boolean, sets whether undated ties show. The camera,
 * home city and other filters are applied by their own owners.
 */
export function tourStepPatch(step: TourStep): TourStepPatch {
  const includeUnknown = step.filters.includeUnknown;
  return {
    ...(typeof includeUnknown === 'boolean' ? { includeUnknown } : {}),
    yearFrom: step.years.from,
    yearTo: step.years.to,
    mode: step.mode,
    selected: step.selected,
    hovered: null,
    playing: false,
    growYear: null,
    growProgress: 1,
  };
}

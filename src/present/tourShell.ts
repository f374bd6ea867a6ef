import { t } from '../i18n/t';
import type { PresenterCamera } from '../map/presenterCamera';
import { parseFilters, filtersKey } from '../state/filters';
import { resolveUnit } from '../state/resolveUnit';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { builtInTour, parseTourRequest } from '../state/tour/builtInTour';
import type { Tour, TourStep } from '../state/tour/tour';
import type { TourMove, TourPosition } from '../state/tour/tourPosition';
import { h } from '../ui/dom';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { loadTour } from './loadTour';
import { formatTourProblems } from './tourProblems';
import { createTourPlayer, type TourPlayer } from './tourPlayer';

/** Options of `startTour`. */
export interface TourShellOptions {
  store: Store<AtlasState>;
  /** `tour=`: `china`, `city:<name or code>` or a tour file's URL. */
  request: string;
  camera: PresenterCamera | null;
  /** Where the caption goes (the map area). */
  host: HTMLElement;
  currentYear: number;
  /** Shows an error to the user. */
  message(text: string): void;
  /** Called after each step shown. */
  onStep(position: TourPosition): void;
}

/** A running tour: its player and the caption over the map. */
export interface TourShell {
  tour: Tour;
  position(): TourPosition;
  go(index: number): void;
  move(move: TourMove): void;
  /** The caption of the step shown, in the UI language ('' when it has none). */
  caption(): string;
  /** Camera jumps instead of flying while `false` (video recording). */
  setAnimate(animate: boolean): void;
  destroy(): void;
}

/** The home city of a step as the store holds it: a GB code, or null when the name names no unit. */
function homeCode(state: AtlasState, home: string | null): string | null {
  if (!home) return null;
  const unit = resolveUnit(state.dataset, home);
  return unit?.code || null;
}

/** Resolves the tour a `tour=` value names; null (after telling the user) when it cannot. */
async function resolveTour(options: TourShellOptions): Promise<Tour | null> {
  const { store } = options;
  const request = parseTourRequest(options.request);
  const lang = store.get().lang;
  if (request.kind === 'none') return null;
  if (request.kind === 'url') {
    const parsed = await loadTour(request.url, location.href, (url) => fetch(url));
    if (parsed.ok) return parsed.tour;
    options.message(formatTourProblems(parsed.problems, lang));
    return null;
  }
  const tour = builtInTour(store.get().dataset, request, options.currentYear);
  if (!tour) options.message(t('Tour.CityNotFound', { query: request.kind === 'city' ? request.query : '' }, lang));
  return tour;
}

/** Loads the tour of `tour=` and shows its first step with a caption; resolves null when there is none. */
export async function startTour(options: TourShellOptions): Promise<TourShell | null> {
  const tour = await resolveTour(options);
  if (!tour || tour.steps.length === 0) return null;
  const { store } = options;
  let animate = true;
  const text = h('span', { class: 'sca-tour-text' });
  const count = h('span', { class: 'sca-tour-step' });
  const box = h('div', { class: 'sca-tour-caption', role: 'status', 'aria-live': 'polite' }, text, count);
  options.host.append(box);

  const applyExtras = (step: TourStep): void => {
    const state = store.get();
    const home = homeCode(state, step.home);
    const filters = parseFilters(step.filters);
    const patch: Partial<AtlasState> = {};
    if (home !== state.home) patch.home = home;
    if (filtersKey(filters) !== filtersKey(state.filters)) patch.filters = filters;
    if (Object.keys(patch).length) store.set(patch);
  };
  const player: TourPlayer = createTourPlayer({
    store,
    tour,
    moveCamera: (camera, fly) => options.camera?.move(camera, fly && animate && !prefersReducedMotion()),
    applyExtras,
    reducedMotion: prefersReducedMotion(),
  });

  const caption = (): string => {
    const step = tour.steps[player.position().step];
    return step ? step.caption[store.get().lang] || step.caption.en || step.caption.zh : '';
  };
  const render = (): void => {
    const { step, steps } = player.position();
    const lang = store.get().lang;
    text.textContent = caption();
    count.textContent = t('Tour.Step', { step: step + 1, steps }, lang);
  };
  const unsubscribeStep = player.subscribe((position) => {
    render();
    options.onStep(position);
  });
  const unsubscribeLang = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang) render();
  });
  player.go(0);

  return {
    tour,
    position: player.position,
    go: player.go,
    move: player.move,
    caption,
    setAnimate(next) {
      animate = next;
    },
    destroy() {
      unsubscribeStep();
      unsubscribeLang();
      box.remove();
    },
  };
}

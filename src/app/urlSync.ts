import { type AtlasMap, readCamera } from '../map/camera';
import type { AtlasState, Lang } from '../state/state';
import type { Store } from '../state/store';
import type { Camera } from '../state/urlCamera';
import { withOtherParams } from '../state/urlExtras';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/urlState';
import { type CarriedParams, fullYears, urlStateOf } from '../state/viewPatch';

/** Milliseconds from a change to its URL write, and between two writes at least (browsers limit history calls; play changes years fast). */
export const URL_WRITE_MS = 300;

/** What the URL writer needs of the page's atlas. */
export interface UrlSyncOptions {
  store: Store<AtlasState>;
  map: AtlasMap | null;
  /** The view the page opened with (its camera is kept until the viewer moves the map). */
  initial: UrlState;
  currentYear: number;
  /** The language the app picks without `lang=` (omitted from the URL). */
  browserLang: Lang;
  /** Applies a view read back from the URL on Back/Forward. */
  restore(view: UrlState): void;
}

/** The state fields the URL carries. */
const WRITTEN: readonly (keyof AtlasState)[] = [
  'lang',
  'projection',
  'dataset',
  'yearFrom',
  'yearTo',
  'mode',
  'includeUnknown',
  'filters',
  'home',
  'sub',
  'embed',
  'selected',
];
/** Changes worth a Back step of their own: another city or another home. */
const STEPS: readonly (keyof AtlasState)[] = ['selected', 'home'];

/**
 * Keeps the page's URL on the atlas's view: `history.replaceState` on store changes and on the map's
 * `moveend`, in a task of its own `URL_WRITE_MS` after the first change it carries (never inside the change:
 * a history call costs a year change about a tenth of its frame here), so a brush drag or play writes at
 * most every `URL_WRITE_MS`; a new selection or home pushes a history entry, the view before it written
 * first, so Back returns to the previous one; `popstate` restores the view from the URL.
 * Other parameters of the page (`?test`) are kept. Returns the function that stops it.
 */
export function startUrlSync(options: UrlSyncOptions): () => void {
  const { store, map } = options;
  const carried: CarriedParams = {
    data: options.initial.data,
    origins: options.initial.origins,
    present: options.initial.present,
    tour: options.initial.tour,
    kiosk: options.initial.kiosk,
  };
  let camera: Camera | null = options.initial.camera;
  let timer = 0;
  let push = false;
  let restoring = false;
  // In a frame, a pushed entry would take over the host page's Back button: frames only replace.
  const mayPush = window.parent === window;

  function write(state: AtlasState): void {
    const view = serializeUrlState(urlStateOf(state, camera, carried), {
      years: fullYears(state.dataset, options.currentYear),
      lang: options.browserLang,
    });
    const search = withOtherParams(view, location.search);
    if (search === location.search) {
      push = false;
      return;
    }
    const url = `${location.pathname}${search}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    push = false;
  }

  function flush(): void {
    timer = 0;
    write(store.get());
  }

  function schedule(): void {
    if (!timer) timer = window.setTimeout(flush, URL_WRITE_MS);
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (!WRITTEN.some((key) => state[key] !== prev[key])) return;
    if (mayPush && !restoring && STEPS.some((key) => state[key] !== prev[key])) {
      // The step's entry starts from the view before it: write what is pending, then push.
      if (timer) {
        window.clearTimeout(timer);
        timer = 0;
        write(prev);
      }
      push = true;
    }
    if (state.home !== prev.home) camera = null;
    schedule();
  });

  const onMoveEnd = (event: { originalEvent?: unknown }): void => {
    if (!map || restoring || !event.originalEvent) return;
    camera = readCamera(map);
    schedule();
  };
  map?.on('moveend', onMoveEnd);

  const onPopState = (): void => {
    const view = parseUrlState(location.search, (message) => console.warn(message));
    restoring = true;
    try {
      camera = view.camera;
      options.restore(view);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    map?.off('moveend', onMoveEnd);
    window.removeEventListener('popstate', onPopState);
    window.clearTimeout(timer);
  };
}

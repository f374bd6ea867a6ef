import { createExporter, type ExportedImage } from '../export/exporter';
import { downloadBlob } from '../export/downloadBlob';
import { EXPORT_SIZES } from '../export/composeImage';
import type { RecordedVideo } from '../export/recordVideo';
import { tourMessages } from '../i18n/messages/tour';
import { addMessages, t } from '../i18n/t';
import { afterNextRender, captureMap } from '../map/captureMap';
import { createPresenterCamera, type PresenterCamera } from '../map/presenterCamera';
import { createPresenterMapStyle } from '../map/presenterMapStyle';
import { appendStep, recordStep, tourFileName } from '../state/tour/recordStep';
import { serializeTour } from '../state/tour/serializeTour';
import type { Tour } from '../state/tour/tour';
import { selectYearExtent } from '../timeline/bins';
import { startKiosk } from './kioskShell';
import type { PresenterParts, PresenterState } from './presenterParts';
import type { PresentOptions } from './presentOptions';
import type { PresentMenuActions } from './presentMenu';
import { createPresenterMode } from './presenterMode';
import type { PresenterAction, PresenterMode } from './presenterKeys';
import { startTour, type TourShell } from './tourShell';
import { showVideoProgress } from './videoProgress';

addMessages(tourMessages);

/** Presenter mode, tours, kiosk and export of one atlas, once loaded: what the header menu and the keys drive. */
export interface PresenterSession {
  state(): PresenterState;
  /** The tour shown, or null. */
  tour(): Tour | null;
  /** What the keys act on now: a tour, presenter mode on the timeline, or the ordinary app. */
  keyMode(): PresenterMode;
  /** Does what a presenter key asks; false when the key is not used here. */
  act(action: PresenterAction): boolean;
  /** The header's Present button and Export menu. */
  menu: PresentMenuActions;
  exportImage(width: number, height: number): Promise<ExportedImage>;
  exportVideo(durationMs: number, signal?: AbortSignal): Promise<RecordedVideo & { fileName: string }>;
  destroy(): void;
}

const KIOSK_YEAR_MS = 1500;
const KIOSK_LAST_YEAR_MS = 8000;

/**
 * Starts presenter mode, export, tour recording, and the `present=`, `tour=` and `kiosk=` of
 * `options`, for an atlas whose menu and keys are already there (mountPresenter). `onChange` runs
 * after every change of the mode (on, off, black screen, theme).
 */
export function startPresenterSession(parts: PresenterParts, options: PresentOptions, onChange: () => void): PresenterSession {
  const { store, layout, player } = parts;
  const camera: PresenterCamera | null = parts.map ? createPresenterCamera(parts.map) : null;
  let tour: TourShell | null = null;
  let kiosk: ReturnType<typeof startKiosk> | null = null;
  let recorded: Tour | null = null;
  let destroyed = false;

  const mode = createPresenterMode({
    app: layout.app,
    arcs: parts.arcs,
    theme: options.theme,
    onChange,
    mapStyle: parts.map ? createPresenterMapStyle(parts.map) : undefined,
  });
  const map = parts.map;
  const exporter = createExporter({
    store,
    page: layout,
    frames: map ? { capture: (w, h) => captureMap(map, w, h), afterRender: (draw) => afterNextRender(map, draw) } : null,
    caption: () => tour?.caption() ?? '',
    tour: () => (tour ? { steps: tour.tour.steps.length, go: tour.go, setAnimate: tour.setAnimate } : null),
    currentYear: parts.currentYear,
  });
  const lang = () => store.get().lang;
  const fail = (error: unknown): void => {
    if (error instanceof DOMException && error.name === 'AbortError') parts.message(t('Export.Cancelled', {}, lang()), 'toast');
    else parts.message(t('Export.Failed', { reason: error instanceof Error ? error.message : String(error) }, lang()), 'toast');
  };
  async function saveVideo(): Promise<void> {
    const controller = new AbortController();
    const progress = showVideoProgress(layout.app, lang(), controller);
    const length = tour ? tour.tour.steps.length * 3000 : 20_000;
    try {
      const video = await exporter.video(length, { signal: controller.signal, onProgress: progress.set });
      downloadBlob(video.blob, video.fileName);
    } finally {
      progress.remove();
    }
  }

  const menu: PresentMenuActions = {
    present: () => mode.enter(),
    image(size) {
      const { width, height } = size === 'screen' ? { width: window.innerWidth, height: window.innerHeight } : EXPORT_SIZES[size];
      exporter.image(width, height).then((image) => downloadBlob(image.blob, image.fileName), fail);
    },
    video: () => void saveVideo().catch(fail),
    record() {
      const state = store.get();
      const step = recordStep({
        state,
        camera: camera?.read() ?? { lon: 0, lat: 0, zoom: 1 },
        home: state.home,
        filters: { ...state.filters, includeUnknown: state.includeUnknown },
        caption: tour ? tour.tour.steps[tour.position().step]?.caption : undefined,
      });
      recorded = appendStep(
        recorded ?? { id: 'recorded', title: { en: t('Tour.RecordedTitle', {}, 'en'), zh: t('Tour.RecordedTitle', {}, 'zh') }, steps: [] },
        step,
      );
      parts.message(t('Tour.Recorded', { steps: recorded.steps.length }, lang()), 'toast');
    },
    downloadTour() {
      if (recorded) downloadBlob(new Blob([serializeTour(recorded)], { type: 'application/json' }), tourFileName(recorded));
    },
    setTheme: (theme) => mode.setTheme(theme),
    theme: () => mode.theme(),
    recorded: () => recorded?.steps.length ?? 0,
  };

  function step(action: 'next' | 'previous' | 'first' | 'last'): boolean {
    if (tour) {
      tour.move(action);
      kiosk?.kiosk.userStep(tour.position().step);
      return true;
    }
    if (!mode.active()) return false;
    if (action === 'next') player.stepForward();
    else if (action === 'previous') player.stepBack();
    else player.jump(action === 'first' ? 'start' : 'end');
    kiosk?.kiosk.input();
    return true;
  }
  function act(action: PresenterAction): boolean {
    if (action === 'present') mode.enter();
    else if (action === 'blackout') mode.toggleBlackout();
    else if (action === 'fullscreen') mode.toggleFullscreen();
    else if (action === 'exit') {
      if (mode.blackout()) mode.toggleBlackout();
      else if (mode.active()) mode.exit();
      else return false;
    } else if (action !== 'none') return step(action);
    return true;
  }
  if (options.present) mode.enter();

  function startTimelineKiosk(): void {
    const extent = selectYearExtent(store.get().dataset.pairings, parts.currentYear);
    if (!extent.hasDated) return;
    const years = extent.last - extent.first + 1;
    kiosk = startKiosk({
      steps: years,
      durationMs: (i) => (i === years - 1 ? KIOSK_LAST_YEAR_MS : KIOSK_YEAR_MS),
      show: (i) => store.set({ mode: 'cumulative', yearFrom: extent.first, yearTo: extent.first + i, includeUnknown: false, playing: false }),
      camera,
      idleMs: options.kioskIdleMs,
    });
  }

  parts.ready
    .then(async () => {
      mode.refresh();
      if (options.tour) {
        const shell = await startTour({
          store,
          request: options.tour,
          camera,
          host: layout.map.parentElement ?? layout.app,
          currentYear: parts.currentYear,
          message: (text) => parts.message(text, 'toast'),
          onStep: () => undefined,
        });
        if (destroyed) shell?.destroy();
        else tour = shell;
      }
      if (destroyed || !options.kiosk) return;
      if (tour) {
        const shown = tour;
        kiosk = startKiosk({
          steps: shown.tour.steps.length,
          durationMs: (i) => shown.tour.steps[i]?.durationMs ?? KIOSK_YEAR_MS,
          show: (i) => shown.go(i),
          camera,
          idleMs: options.kioskIdleMs,
        });
      } else startTimelineKiosk();
    })
    .catch(() => undefined);

  return {
    state: () => ({ present: mode.active(), kiosk: kiosk !== null, blackout: mode.blackout(), tour: tour?.position() ?? null }),
    tour: () => tour?.tour ?? null,
    keyMode: () => (tour ? 'tour' : mode.active() ? 'presenting' : 'timeline'),
    act,
    menu,
    exportImage: (width, height) => exporter.image(width, height),
    exportVideo: (durationMs, signal) => exporter.video(durationMs, { signal }),
    destroy() {
      destroyed = true;
      kiosk?.destroy();
      tour?.destroy();
      mode.destroy();
    },
  };
}

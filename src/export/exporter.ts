import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { selectPool } from '../state/pool';
import { selectYearExtent } from '../timeline/bins';
import { composeFrame, composeImage } from './composeImage';
import { exportContent, exportTheme, exportViewOf } from './exportContent';
import { exportFileName } from './exportFileName';
import { recordVideo, type RecordedVideo } from './recordVideo';

/** The map's frames as the exporter needs them (src/map/captureMap.ts in the app). */
export interface MapFrames {
  /** A copy of the map now, with enough pixels to cover `width`×`height`. */
  capture(width: number, height: number): Promise<HTMLCanvasElement>;
  /** Calls `draw` with the map's canvas right after its next frame. */
  afterRender(draw: (canvas: HTMLCanvasElement) => void): Promise<void>;
}

/** A tour the video walks through. */
export interface VideoTour {
  steps: number;
  go(index: number): void;
  setAnimate(animate: boolean): void;
}

/** Options of `createExporter`. */
export interface ExporterOptions {
  store: Store<AtlasState>;
  page: { app: HTMLElement; counter: HTMLElement; map: HTMLElement };
  /** null without WebGL: the overlays are exported on the background alone. */
  frames: MapFrames | null;
  caption(): string;
  tour(): VideoTour | null;
  currentYear: number;
}

/** An exported image: the PNG, the bare map it was drawn on (for checks) and a file name. */
export interface ExportedImage {
  blob: Blob;
  bare: HTMLCanvasElement | null;
  width: number;
  height: number;
  fileName: string;
}

/** Exports the current view as a PNG and the timeline or tour as a WebM. */
export interface Exporter {
  image(width: number, height: number): Promise<ExportedImage>;
  video(durationMs: number, options?: { signal?: AbortSignal; onProgress?(fraction: number): void }): Promise<RecordedVideo & { fileName: string }>;
}

/** Creates the exporter of one atlas. */
export function createExporter(options: ExporterOptions): Exporter {
  const { store, page, frames } = options;
  const content = () => exportContent(store.get(), page, options.caption());

  /** Moves the view to where a video is after `fraction` of its length: a tour step, or a year of the timeline. */
  function advance(fraction: number, tour: VideoTour | null, extent: { first: number; last: number }): void {
    if (tour) {
      tour.go(Math.min(tour.steps - 1, Math.floor(fraction * tour.steps)));
      return;
    }
    const year = Math.round(extent.first + fraction * (extent.last - extent.first));
    const state = store.get();
    if (state.yearTo !== year || state.mode !== 'cumulative') store.set({ mode: 'cumulative', yearFrom: extent.first, yearTo: year, includeUnknown: false });
  }

  return {
    async image(width, height) {
      const bare = frames ? await frames.capture(width, height) : null;
      const blob = await composeImage(bare, content(), { width, height }, exportTheme(page.app));
      return { blob, bare, width: Math.round(width), height: Math.round(height), fileName: exportFileName(exportViewOf(store.get()), 'png') };
    },
    async video(durationMs, extra = {}) {
      const tour = options.tour();
      const extent = selectYearExtent(selectPool(store.get()).pairings, options.currentYear);
      const theme = exportTheme(page.app);
      store.set({ playing: false });
      tour?.setAnimate(false);
      try {
        const video = await recordVideo({
          width: 1920,
          height: 1080,
          durationMs,
          signal: extra.signal,
          onProgress: extra.onProgress,
          async drawFrame(ctx, elapsed) {
            advance(durationMs > 0 ? elapsed / durationMs : 1, tour, extent);
            if (frames) await frames.afterRender((canvas) => composeFrame(ctx, canvas, content(), theme));
            else composeFrame(ctx, null, content(), theme);
          },
        });
        return { ...video, fileName: exportFileName(exportViewOf(store.get()), 'webm') };
      } finally {
        tour?.setAnimate(true);
      }
    },
  };
}

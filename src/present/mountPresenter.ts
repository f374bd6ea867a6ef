import './present.css';
import type { ExportedImage } from '../export/exporter';
import type { RecordedVideo } from '../export/recordVideo';
import type { Tour } from '../state/tour/tour';
import { bindPresenterKeys } from './bindPresenterKeys';
import type { PresenterParts, PresenterState } from './presenterParts';
import type { PresentOptions } from './presentOptions';
import { createPresentMenu } from './presentMenu';
import type { PresenterSession } from './presenterSession';

/** Presenter mode, tours, kiosk and export of one atlas. */
export interface Presenter {
  state(): PresenterState;
  /** The tour shown, or null. */
  tour(): Tour | null;
  exportImage(width: number, height: number): Promise<ExportedImage>;
  exportVideo(durationMs: number, signal?: AbortSignal): Promise<RecordedVideo & { fileName: string }>;
  /** Resolves once the presenter's module, when asked for, has loaded and started (at once when nothing asked for it). */
  settled(): Promise<void>;
  destroy(): void;
}

const OFF: PresenterState = { present: false, kiosk: false, blackout: false, tour: null };

/**
 * Mounts the header's Present button and Export menu and the presenter's keys. Presenter mode, tours,
 * kiosk and export load on first use (the button, a menu item, the P key) or at once when `options`
 * ask for them (`present=1`, `tour=`, `kiosk=1`); what is asked meanwhile is done once they are there.
 */
export function mountPresenter(parts: PresenterParts, options: PresentOptions): Presenter {
  const { store, layout } = parts;
  let loading: Promise<PresenterSession> | null = null;
  let session: PresenterSession | null = null;
  let destroyed = false;

  const load = (): Promise<PresenterSession> => {
    loading ??= import('./presenterSession').then(({ startPresenterSession }) => {
      const started = startPresenterSession(parts, options, () => menu.update());
      if (destroyed) started.destroy();
      else session = started;
      return started;
    });
    return loading;
  };
  const later = (use: (loaded: PresenterSession) => void): void => {
    void load().then((loaded) => {
      if (!destroyed) use(loaded);
    });
  };

  const menu = createPresentMenu(layout.actions, store, layout.id, {
    present: () => later((loaded) => loaded.menu.present()),
    image: (size) => later((loaded) => loaded.menu.image(size)),
    video: () => later((loaded) => loaded.menu.video()),
    record: () => later((loaded) => loaded.menu.record()),
    downloadTour: () => later((loaded) => loaded.menu.downloadTour()),
    setTheme: (theme) => later((loaded) => loaded.menu.setTheme(theme)),
    theme: () => session?.menu.theme() ?? options.theme,
    recorded: () => session?.menu.recorded() ?? 0,
  });
  // Until the session is there only P (enter presenter mode) is a presenter key: it loads the session.
  const unbindKeys = parts.keys
    ? bindPresenterKeys(
        () => session?.keyMode() ?? 'timeline',
        (action) => {
          if (session) return session.act(action);
          if (action !== 'present') return false;
          later((loaded) => loaded.act(action));
          return true;
        },
      )
    : null;
  if (options.present || options.tour || options.kiosk) void load();

  return {
    state: () => session?.state() ?? OFF,
    tour: () => session?.tour() ?? null,
    exportImage: (width, height) => load().then((loaded) => loaded.exportImage(width, height)),
    exportVideo: (durationMs, signal) => load().then((loaded) => loaded.exportVideo(durationMs, signal)),
    settled: () => (loading ?? Promise.resolve()).then(() => undefined),
    destroy() {
      destroyed = true;
      unbindKeys?.();
      menu.destroy();
      session?.destroy();
    },
  };
}

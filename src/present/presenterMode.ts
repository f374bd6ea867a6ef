import type { ArcLayer } from '../map/arcs/arcTypes';
import { createBrowserScheduler } from '../timeline/scheduler';
import { h } from '../ui/dom';
import { CURSOR_IDLE_MS, createIdleTimer, type IdleTimer } from './idleTimer';
import type { PresentTheme } from './presentOptions';
import { presentArcStyle, presentScale } from './presentScale';

/** Options of `createPresenterMode`. */
export interface PresenterModeOptions {
  /** The atlas's root element (`#sca-app`): it gets `.sca-present` and goes full screen. */
  app: HTMLElement;
  arcs: ArcLayer | null;
  theme: PresentTheme;
  /** Applies the map's side: labels scaled by `scale` (null: ordinary) and the light theme's paint. */
  mapStyle?(scale: number | null, light: boolean): void;
  /** Called after every change (mode, blackout, theme, full screen). */
  onChange(): void;
}

/** Presenter mode of one atlas: large type, hidden chrome, full screen, idle cursor hidden, black screen. */
export interface PresenterMode {
  active(): boolean;
  enter(): void;
  exit(): void;
  blackout(): boolean;
  toggleBlackout(): void;
  toggleFullscreen(): void;
  theme(): PresentTheme;
  setTheme(theme: PresentTheme): void;
  /** Applies the scale and theme to the map again (after its layers were added). */
  refresh(): void;
  destroy(): void;
}

/** Asks for full screen; browsers refuse it without a user gesture (e.g. `present=1` on load), which is fine. */
function requestFullscreen(el: HTMLElement): void {
  if (document.fullscreenElement || !el.requestFullscreen) return;
  el.requestFullscreen().catch(() => undefined);
}

/**
 * Creates presenter mode for an atlas (off until `enter`). While on, everything scales with the
 * viewport (present.css and `presentArcStyle`), the cursor hides after `CURSOR_IDLE_MS` without moving,
 * and the black screen can cover the page.
 */
export function createPresenterMode(options: PresenterModeOptions): PresenterMode {
  const { app, arcs } = options;
  let active = false;
  let theme = options.theme;
  let cursor: IdleTimer | null = null;
  const black = h('div', { class: 'sca-blackout', hidden: true, 'aria-hidden': 'true' });
  app.append(black);

  const widenArcs = (): void => {
    const scale = presentScale(window.innerWidth, window.innerHeight);
    arcs?.setStyleTransform(active ? (style) => presentArcStyle(style, scale) : null);
    options.mapStyle?.(active ? scale : null, active && theme === 'light');
  };
  const onPointer = (): void => cursor?.activity();
  const applyTheme = (): void => {
    app.classList.toggle('sca-theme-light', active && theme === 'light');
  };

  const mode: PresenterMode = {
    active: () => active,
    enter() {
      if (active) return;
      active = true;
      app.classList.add('sca-present');
      applyTheme();
      widenArcs();
      requestFullscreen(app);
      cursor = createIdleTimer(createBrowserScheduler(), CURSOR_IDLE_MS, (idle) => app.classList.toggle('sca-cursor-idle', idle));
      window.addEventListener('pointermove', onPointer, { passive: true });
      window.addEventListener('resize', widenArcs);
      options.onChange();
    },
    exit() {
      if (!active) return;
      active = false;
      app.classList.remove('sca-present', 'sca-cursor-idle');
      applyTheme();
      widenArcs();
      cursor?.destroy();
      cursor = null;
      window.removeEventListener('pointermove', onPointer);
      window.removeEventListener('resize', widenArcs);
      if (document.fullscreenElement === app) document.exitFullscreen().catch(() => undefined);
      options.onChange();
    },
    blackout: () => !black.hidden,
    toggleBlackout() {
      black.hidden = !black.hidden;
      options.onChange();
    },
    toggleFullscreen() {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      else requestFullscreen(app);
    },
    theme: () => theme,
    setTheme(next) {
      theme = next;
      applyTheme();
      widenArcs();
      options.onChange();
    },
    refresh: () => widenArcs(),
    destroy() {
      mode.exit();
      black.remove();
    },
  };
  return mode;
}

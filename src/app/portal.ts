import { t } from '../i18n/t';
import { type AtlasMap, frameHome, jumpToCamera, readCamera } from '../map/camera';
import type { AtlasState, Lang } from '../state/state';
import type { Store } from '../state/store';
import { serializeUrlState, type UrlState } from '../state/urlState';
import { fullYears, urlStateOf, viewPatch } from '../state/viewPatch';
import type { Player } from '../timeline/player';
import { h } from '../ui/dom';
import { createEmbedChrome } from '../ui/embedChrome';
import { createHomeCardView } from '../ui/homeCardView';
import { type AtlasControl, createAtlasControl } from './atlasControl';
import { startBridge } from './bridge';
import type { AtlasLayout } from './layout';
import { startUrlSync } from './urlSync';

/** What the portal features need of an atlas being mounted. */
export interface PortalParts {
  layout: AtlasLayout;
  store: Store<AtlasState>;
  map: AtlasMap | null;
  player: Player;
  ready: Promise<void>;
  /** The view asked for (URL or library options); null: the plain atlas. */
  view: UrlState | null;
  /** True for the page's own atlas: only it reads and writes the URL and listens to postMessage. */
  page: boolean;
  /** Where the full atlas is (its `index.html`), for the embed view's link; null: no link. */
  fullAtlasUrl: string | null;
  currentYear: number;
  browserLang: Lang;
}

/** The portal features of one atlas. */
export interface Portal {
  control: AtlasControl;
  /** postMessage commands ignored for their origin or shape (0 when the atlas has no bridge). */
  ignoredMessages(): number;
  destroy(): void;
}

/**
 * The parts of an atlas for portals and sharing: the view it opens with (camera, home framing), the home card,
 * the embed chrome, the Share button, the control behind the JS API, and for the page's atlas the URL sync
 * and the postMessage bridge.
 */
export function mountPortal(parts: PortalParts): Portal {
  const { layout, store, map, view } = parts;
  const cleanups: (() => void)[] = [];
  let destroyed = false;
  const control = createAtlasControl(store, parts.player);
  cleanups.push(control.destroy);

  const card = h('div', { id: layout.id('home-card'), class: 'sca-home-card', hidden: true });
  layout.actions.parentElement?.append(card);
  cleanups.push(createHomeCardView(card, store).destroy);

  let camera = view?.camera ?? null;
  const currentView = (): UrlState => {
    const carried = { data: view?.data ?? null, origins: [], present: false, tour: null, kiosk: false };
    return urlStateOf(store.get(), map && camera ? readCamera(map) : camera, carried);
  };
  const defaults = () => ({ years: fullYears(store.get().dataset, parts.currentYear) });
  const fullUrl = parts.fullAtlasUrl;
  cleanups.push(
    createEmbedChrome(layout, store, {
      fullUrl: fullUrl === null ? null : () => fullUrl + serializeUrlState({ ...currentView(), embed: false }, defaults()),
    }).destroy,
  );

  const shareButton = h('button', {
    id: layout.id('share-button'),
    class: 'sca-button',
    type: 'button',
    onclick: () => {
      // The dialog (snippets, preview) loads on first use; it shows the view as it was at the click.
      const shown = { state: store.get(), view: currentView(), base: location.origin + location.pathname, defaults: defaults() };
      void import('../ui/shareDialog').then(({ openShareDialog }) => openShareDialog(layout.app, shown));
    },
  });
  layout.actions.append(shareButton);
  const renderShare = (state: AtlasState): void => {
    shareButton.textContent = t('Share.Button', {}, state.lang);
  };
  renderShare(store.get());
  cleanups.push(
    store.subscribe((state, prev) => {
      if (state.lang !== prev.lang) renderShare(state);
    }),
  );

  const onUserMove = (event: { originalEvent?: unknown }): void => {
    if (event.originalEvent) camera = map ? readCamera(map) : camera;
  };
  map?.on('moveend', onUserMove);
  cleanups.push(() => map?.off('moveend', onUserMove));
  // Another home (or sub) frames its ties, unless a restored view brings its own camera.
  let restoring = false;
  cleanups.push(
    store.subscribe((state, prev) => {
      if (!map || restoring || state.dataset !== prev.dataset) return;
      if (state.home !== prev.home || state.sub !== prev.sub) {
        camera = null;
        frameHome(map, state, true);
      }
    }),
  );

  const bridge = parts.page && view ? startBridge(control, view.origins) : null;
  if (bridge) cleanups.push(bridge.destroy);

  parts.ready.then(
    () => {
      if (destroyed) return;
      if (map && camera) jumpToCamera(map, camera);
      else if (map) frameHome(map, store.get(), false);
      control.emit('ready', control.snapshot());
      if (parts.page && view) {
        cleanups.push(
          startUrlSync({
            store,
            map,
            initial: view,
            currentYear: parts.currentYear,
            browserLang: parts.browserLang,
            restore(next) {
              restoring = true;
              try {
                store.set(viewPatch(store.get().dataset, next, (message) => console.warn(message)));
                camera = next.camera;
                if (map && next.camera) jumpToCamera(map, next.camera);
                else if (map) frameHome(map, store.get(), true);
              } finally {
                restoring = false;
              }
            },
          }),
        );
      }
    },
    (error: unknown) => {
      if (!destroyed) control.emit('error', { message: error instanceof Error ? error.message : String(error) });
    },
  );

  return {
    control,
    ignoredMessages: () => bridge?.ignored() ?? 0,
    destroy() {
      destroyed = true;
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    },
  };
}

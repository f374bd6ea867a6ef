import type { AtlasLayout } from '../app/layout';
import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { openAbout } from './openAbout';
import { h } from './dom';
import { hideTooltip } from './tooltip';
import './embedChrome.css';

/** What the chrome needs besides the layout and store. */
export interface EmbedChromeOptions {
  /** The full atlas's address for the current view, or null for no "Open the full atlas" link. */
  fullUrl: (() => string) | null;
}

/**
 * The parts every frame size needs: the embed view's class (`sca-embed`: no import, sources or language
 * buttons), its "Open the full atlas ↗" link and sources button, a Legend button that folds the legend
 * where space is short, and the tooltip closing on a tap anywhere but the map.
 */
export function createEmbedChrome(layout: AtlasLayout, store: Store<AtlasState>, options: EmbedChromeOptions): { destroy(): void } {
  const openFull = h('a', { id: layout.id('open-full'), class: 'sca-open-full', target: '_blank', rel: 'noopener noreferrer' });
  const refresh = (): void => {
    if (options.fullUrl) openFull.href = options.fullUrl();
  };
  openFull.addEventListener('pointerdown', refresh);
  openFull.addEventListener('focus', refresh);
  openFull.addEventListener('click', refresh);
  openFull.hidden = options.fullUrl === null;
  const credits = h('button', {
    id: layout.id('credits-button'),
    class: 'sca-credits',
    type: 'button',
    onclick: () => openAbout(layout.app, store),
  });
  const embedBar = h('div', { class: 'sca-embed-bar' }, credits, openFull);
  layout.actions.after(embedBar);
  const menuToggle = h('button', {
    id: layout.id('menu-button'),
    class: 'sca-button sca-menu-toggle',
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': layout.actions.id,
    onclick: () => {
      const open = !layout.app.classList.contains('sca-menu-open');
      layout.app.classList.toggle('sca-menu-open', open);
      menuToggle.setAttribute('aria-expanded', String(open));
    },
  });
  layout.actions.before(menuToggle);
  // A menu closes once one of its items is chosen.
  const closeMenu = (event: Event): void => {
    if (!(event.target instanceof Element) || !event.target.closest('button, a') || !layout.app.classList.contains('sca-menu-open')) return;
    layout.app.classList.remove('sca-menu-open');
    menuToggle.setAttribute('aria-expanded', 'false');
  };
  layout.actions.addEventListener('click', closeMenu);

  const legendToggle = h('button', {
    id: layout.id('legend-toggle'),
    class: 'sca-legend-toggle',
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': layout.legend.id,
    onclick: () => {
      const open = !layout.app.classList.contains('sca-legend-open');
      layout.app.classList.toggle('sca-legend-open', open);
      legendToggle.setAttribute('aria-expanded', String(open));
    },
  });
  layout.legend.before(legendToggle);

  function render(state: AtlasState): void {
    layout.app.classList.toggle('sca-embed', state.embed);
    openFull.textContent = t('Embed.OpenFull', {}, state.lang);
    openFull.title = t('Embed.OpenFullTitle', {}, state.lang);
    credits.textContent = t('Embed.Credits', {}, state.lang);
    legendToggle.textContent = t('Embed.Legend', {}, state.lang);
    menuToggle.textContent = `☰ ${t('Embed.Menu', {}, state.lang)}`;
    refresh();
  }

  const onPointerDown = (event: PointerEvent): void => {
    const target = event.target as Node | null;
    // A mouse press on the map keeps the tooltip (the pointer is still there); a tap anywhere closes it.
    if (layout.tooltip.hidden || (event.pointerType === 'mouse' && target && layout.map.contains(target))) return;
    hideTooltip(layout.tooltip);
    if (store.get().hovered) store.set({ hovered: null });
  };
  const doc = layout.app.ownerDocument;
  doc.addEventListener('pointerdown', onPointerDown, true);
  const onLeave = (): void => hideTooltip(layout.tooltip);
  layout.map.addEventListener('pointerleave', onLeave);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.embed !== prev.embed || state.lang !== prev.lang) render(state);
  });
  render(store.get());
  return {
    destroy() {
      unsubscribe();
      doc.removeEventListener('pointerdown', onPointerDown, true);
      layout.map.removeEventListener('pointerleave', onLeave);
      layout.actions.removeEventListener('click', closeMenu);
    },
  };
}

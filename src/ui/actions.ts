import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { openAboutDialog } from './aboutDialog';
import { h, replaceChildren } from './dom';
import { notOnMap, openNotOnMapDialog } from './notOnMapDialog';

/** The header buttons: import, ties not on the map, sources, language, full screen. */
export function createActions(nav: HTMLElement, store: Store<AtlasState>): { importButton: HTMLButtonElement; destroy(): void } {
  const importButton = h('button', { id: 'sca-import-button', class: 'sca-button', type: 'button' });
  const offMapButton = h('button', { id: 'sca-notonmap-button', class: 'sca-button sca-button-quiet', type: 'button', onclick: () => openNotOnMapDialog(store.get().dataset, store.get().lang) });
  const aboutButton = h('button', { id: 'sca-about-button', class: 'sca-button sca-button-quiet', type: 'button', onclick: () => openAboutDialog(store.get().dataset) });
  const langButton = h('button', {
    id: 'sca-lang-button', class: 'sca-button', type: 'button',
    onclick: () => store.set({ lang: store.get().lang === 'en' ? 'zh' : 'en' }),
  });
  const fullscreenButton = h('button', {
    id: 'sca-fullscreen-button', class: 'sca-button sca-button-quiet', type: 'button',
    onclick: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.getElementById('sca-app')?.requestFullscreen();
    },
  });

  function render(state: AtlasState): void {
    importButton.textContent = t('Actions.Import');
    const offMap = notOnMap(state.dataset).length;
    offMapButton.textContent = t('Actions.NotOnMap', { count: offMap });
    offMapButton.hidden = state.dataset.pairings.length === 0;
    aboutButton.textContent = t('Actions.About');
    langButton.textContent = t('App.Language');
    langButton.setAttribute('aria-label', t('App.LanguageLabel'));
    langButton.setAttribute('lang', state.lang === 'en' ? 'zh-Hans' : 'en');
    const full = document.fullscreenElement !== null;
    fullscreenButton.textContent = full ? '⤡' : '⤢';
    fullscreenButton.setAttribute('aria-label', full ? t('Actions.ExitFullscreen') : t('Actions.Fullscreen'));
    fullscreenButton.title = fullscreenButton.getAttribute('aria-label') ?? '';
  }
  replaceChildren(nav, importButton, offMapButton, aboutButton, langButton, fullscreenButton);
  const onFullscreen = (): void => render(store.get());
  document.addEventListener('fullscreenchange', onFullscreen);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang || state.dataset !== prev.dataset) render(state);
  });
  render(store.get());
  return {
    importButton,
    destroy() {
      unsubscribe();
      document.removeEventListener('fullscreenchange', onFullscreen);
    },
  };
}

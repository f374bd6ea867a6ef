import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { openAbout } from './openAbout';
import { h, replaceChildren } from './dom';
import { notOnMap, openNotOnMapDialog } from './notOnMapDialog';

/**
 * The header buttons: import, ties not on the map, sources, language, full screen. `host` is the
 * atlas's root element: dialogs open inside it and full screen shows it; `ids` names the buttons.
 */
export function createActions(
  nav: HTMLElement,
  store: Store<AtlasState>,
  host: HTMLElement,
  ids: (name: string) => string,
): { importButton: HTMLButtonElement; destroy(): void } {
  const importButton = h('button', { id: ids('import-button'), class: 'sca-button', type: 'button' });
  const offMapButton = h('button', {
    id: ids('notonmap-button'),
    class: 'sca-button sca-button-quiet',
    type: 'button',
    onclick: () => openNotOnMapDialog(host, store.get().dataset, store.get().lang),
  });
  const aboutButton = h('button', {
    id: ids('about-button'),
    class: 'sca-button sca-button-quiet',
    type: 'button',
    onclick: () => openAbout(host, store),
  });
  const langButton = h('button', {
    id: ids('lang-button'),
    class: 'sca-button',
    type: 'button',
    onclick: () => store.set({ lang: store.get().lang === 'en' ? 'zh' : 'en' }),
  });
  const fullscreenButton = h('button', {
    id: ids('fullscreen-button'),
    class: 'sca-button sca-button-quiet',
    type: 'button',
    onclick: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void host.requestFullscreen();
    },
  });

  function render(state: AtlasState): void {
    const lang = state.lang;
    importButton.textContent = t('Actions.Import', {}, lang);
    const offMap = notOnMap(state.dataset).length;
    offMapButton.textContent = t('Actions.NotOnMap', { count: offMap }, lang);
    offMapButton.hidden = state.dataset.pairings.length === 0;
    aboutButton.textContent = t('Actions.About', {}, lang);
    langButton.textContent = t('App.Language', {}, lang);
    langButton.setAttribute('aria-label', t('App.LanguageLabel', {}, lang));
    langButton.setAttribute('lang', state.lang === 'en' ? 'zh-Hans' : 'en');
    const full = document.fullscreenElement === host;
    fullscreenButton.textContent = full ? '⤡' : '⤢';
    fullscreenButton.setAttribute('aria-label', full ? t('Actions.ExitFullscreen', {}, lang) : t('Actions.Fullscreen', {}, lang));
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

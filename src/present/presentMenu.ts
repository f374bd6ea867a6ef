import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { h } from '../ui/dom';
import type { PresentTheme } from './presentOptions';

/** What the header's presenter and export buttons do. */
export interface PresentMenuActions {
  present(): void;
  image(size: 'screen' | 'hd' | 'uhd'): void;
  video(): void;
  record(): void;
  downloadTour(): void;
  setTheme(theme: PresentTheme): void;
  theme(): PresentTheme;
  /** Steps recorded so far (the download button is off without any). */
  recorded(): number;
}

/**
 * Adds to the header: the Present button and an Export menu (image at screen size, Full HD or 4K;
 * video; record this view as a step; download the recorded tour; the presenter theme). Returns
 * `update` (call after recording) and `destroy`.
 */
export function createPresentMenu(
  nav: HTMLElement,
  store: Store<AtlasState>,
  ids: (name: string) => string,
  actions: PresentMenuActions,
): { update(): void; destroy(): void } {
  const item = (name: string, onclick: () => void): HTMLButtonElement =>
    h('button', {
      id: ids(name),
      class: 'sca-button sca-button-quiet sca-menu-item',
      type: 'button',
      onclick: () => {
        onclick();
        menu.open = false;
      },
    });
  const presentButton = h('button', { id: ids('present-button'), class: 'sca-button', type: 'button', onclick: () => actions.present() });
  const screen = item('export-screen', () => actions.image('screen'));
  const hd = item('export-hd', () => actions.image('hd'));
  const uhd = item('export-4k', () => actions.image('uhd'));
  const video = item('export-video', () => actions.video());
  const record = item('tour-record', () => actions.record());
  const download = item('tour-download', () => actions.downloadTour());
  const themeLabel = h('span', { class: 'sca-menu-label' });
  const themeSelect = h('select', {
    id: ids('present-theme'),
    class: 'sca-menu-select',
    onchange: () => actions.setTheme(themeSelect.value === 'light' ? 'light' : 'projector'),
  });
  const projector = h('option', { value: 'projector' });
  const light = h('option', { value: 'light' });
  themeSelect.append(projector, light);
  const imageLabel = h('span', { class: 'sca-menu-label' });
  const summary = h('summary', { class: 'sca-button sca-button-quiet' });
  const menu = h(
    'details',
    { id: ids('export-menu'), class: 'sca-menu' },
    summary,
    h(
      'div',
      { class: 'sca-menu-list' },
      imageLabel,
      screen,
      hd,
      uhd,
      video,
      record,
      download,
      h('label', { class: 'sca-menu-theme' }, themeLabel, themeSelect),
    ),
  );

  function render(): void {
    const lang = store.get().lang;
    presentButton.textContent = t('Present.Enter', {}, lang);
    presentButton.title = t('Present.EnterLabel', {}, lang);
    presentButton.setAttribute('aria-label', presentButton.title);
    summary.textContent = t('Export.Menu', {}, lang);
    summary.title = t('Export.MenuLabel', {}, lang);
    imageLabel.textContent = t('Export.Image', {}, lang);
    screen.textContent = t('Export.SizeScreen', { width: window.innerWidth, height: window.innerHeight }, lang);
    hd.textContent = t('Export.SizeHd', {}, lang);
    uhd.textContent = t('Export.Size4k', {}, lang);
    video.textContent = t('Export.Video', {}, lang);
    record.textContent = t('Tour.Record', {}, lang);
    const steps = actions.recorded();
    download.textContent = steps > 0 ? `${t('Tour.Download', {}, lang)} · ${t('Tour.Recorded', { steps }, lang)}` : t('Tour.Download', {}, lang);
    download.disabled = steps === 0;
    themeLabel.textContent = t('Present.ThemeLabel', {}, lang);
    projector.textContent = t('Present.ThemeProjector', {}, lang);
    light.textContent = t('Present.ThemeLight', {}, lang);
    themeSelect.value = actions.theme();
  }
  nav.append(presentButton, menu);
  const onToggle = (): void => {
    if (menu.open) render();
  };
  menu.addEventListener('toggle', onToggle);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang) render();
  });
  render();
  return {
    update: render,
    destroy() {
      unsubscribe();
      menu.removeEventListener('toggle', onToggle);
      presentButton.remove();
      menu.remove();
    },
  };
}

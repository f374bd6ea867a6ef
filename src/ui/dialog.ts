import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { h, type Child } from './dom';

/**
 * Opens a modal dialog with a title and content inside `host` (the atlas's root element), labelled in
 * `lang`; closes on ×, Escape or a click on the backdrop.
 */
export function openDialog(host: HTMLElement, lang: Lang, title: string, ...content: (Child | Child[])[]): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'sca-dialog' },
    h(
      'header',
      { class: 'sca-dialog-head' },
      h('h2', {}, title),
      h(
        'button',
        { class: 'sca-close', type: 'button', 'aria-label': t('Dialog.Close', {}, lang), title: t('Dialog.Close', {}, lang), onclick: () => dialog.close() },
        '×',
      ),
    ),
    h('div', { class: 'sca-dialog-body' }, ...content),
  );
  dialog.addEventListener('close', () => dialog.remove());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  host.appendChild(dialog);
  dialog.showModal();
  return dialog;
}

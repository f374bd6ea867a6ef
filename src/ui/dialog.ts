import { t } from '../i18n/t';
import { h, type Child } from './dom';

/** Opens a modal dialog with a title and content; closes on ×, Escape or a click on the backdrop. */
export function openDialog(title: string, ...content: (Child | Child[])[]): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'sca-dialog' },
    h(
      'header',
      { class: 'sca-dialog-head' },
      h('h2', {}, title),
      h('button', { class: 'sca-close', type: 'button', 'aria-label': t('Dialog.Close'), title: t('Dialog.Close'), onclick: () => dialog.close() }, '×'),
    ),
    h('div', { class: 'sca-dialog-body' }, ...content),
  );
  dialog.addEventListener('close', () => dialog.remove());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  (document.getElementById('sca-app') ?? document.body).appendChild(dialog);
  dialog.showModal();
  return dialog;
}

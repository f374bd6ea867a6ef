import type { ImportPhase } from '../../data/import/session';
import type { MessageKey } from '../../i18n/messages';
import { importMessages } from '../../i18n/messages/import';
import { t } from '../../i18n/t';
import type { ImportFailure } from '../../state/importWizard';
import type { Lang } from '../../state/state';
import { h } from '../dom';

/** The import dialog's frame: title, close button, error line, body, and the progress view. */
export interface ImportDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  /** Shows a failure in the UI language (with "the map still shows the previous data"), or hides it. */
  setError(failure: ImportFailure | null): void;
  /** Moves the progress bar. */
  progress(phase: ImportPhase, done: number): void;
  /** The progress view (#sca-import-progress) for the current phase, with a cancel button. */
  busyView(onCancel: () => void): HTMLElement;
  /** Re-labels the frame in the current language. */
  relabel(): void;
}

/** A failure in the UI language; codes without a message of their own read as an internal error. */
export function failureText(failure: ImportFailure, lang: Lang): string {
  const key = `Import.Error.${failure.code}`;
  return key in importMessages
    ? t(key as MessageKey, { detail: failure.detail }, lang)
    : t('Import.Error.internal', { detail: `${failure.code} ${failure.detail}` }, lang);
}

/**
 * Creates the dialog inside `host` (the atlas's root), not modal (the map stays usable while a large
 * file loads); Escape or × closes it. `id` makes its element ids unique on the page; `lang` tells
 * the UI language now.
 */
export function createImportDialog(host: HTMLElement, id: (name: string) => string, lang: () => Lang): ImportDialog {
  const bar = h('progress', { id: id('import-progress'), class: 'sca-import-progress', max: 1, value: 0 });
  const phaseLabel = h('span', { class: 'sca-import-phase', 'aria-live': 'polite' });
  const error = h('div', { id: id('import-error'), class: 'sca-import-error', role: 'alert', hidden: true });
  const body = h('div', { class: 'sca-import-body' });
  const title = h('h2', {});
  const close = h('button', { class: 'sca-close', type: 'button', onclick: () => dialog.close() }, '×');
  const dialog = h('dialog', { id: id('import'), class: 'sca-dialog sca-import' }, h('header', { class: 'sca-dialog-head' }, title, close), error, body);
  host.appendChild(dialog);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  let phase: ImportPhase = 'read';
  let lastError: ImportFailure | null = null;
  const setError = (failure: ImportFailure | null): void => {
    lastError = failure;
    error.textContent = failure ? `${failureText(failure, lang())} ${t('Import.Error.Kept', {}, lang())}` : '';
    error.hidden = failure === null;
  };
  const relabel = (): void => {
    title.textContent = t('Import.Title', {}, lang());
    close.setAttribute('aria-label', t('Dialog.Close', {}, lang()));
    setError(lastError);
  };
  relabel();
  return {
    dialog,
    body,
    setError,
    progress(next, done) {
      phase = next;
      bar.value = done;
      phaseLabel.textContent = t(`Import.Phase.${next}`, {}, lang());
    },
    busyView(onCancel) {
      phaseLabel.textContent = t(`Import.Phase.${phase}`, {}, lang());
      return h(
        'div',
        { class: 'sca-import-busy' },
        phaseLabel,
        bar,
        h('button', { class: 'sca-button', type: 'button', onclick: onCancel }, t('Import.Cancel', {}, lang())),
      );
    },
    relabel,
  };
}

import type { ImportPhase } from '../data/import/session';
import { messages, type MessageKey } from '../i18n/messages';
import { t } from '../i18n/t';
import { h } from './dom';
import type { ImportFailure } from './importClient';

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
  /** Re-labels the frame after a language change. */
  relabel(): void;
}

/** A failure in the UI language; codes without a message of their own read as an internal error. */
export function failureText(failure: ImportFailure): string {
  const key = `Import.Error.${failure.code}`;
  return key in messages ? t(key as MessageKey, { detail: failure.detail }) : t('Import.Error.internal', { detail: `${failure.code} ${failure.detail}` });
}

/**
 * Creates the dialog, not modal (the map stays usable while a large file loads), appended to the
 * app; Escape or × closes it.
 */
export function createImportDialog(): ImportDialog {
  const bar = h('progress', { id: 'sca-import-progress', class: 'sca-import-progress', max: 1, value: 0 });
  const phaseLabel = h('span', { class: 'sca-import-phase', 'aria-live': 'polite' });
  const error = h('div', { id: 'sca-import-error', class: 'sca-import-error', role: 'alert', hidden: true });
  const body = h('div', { class: 'sca-import-body' });
  const title = h('h2', {}, t('Import.Title'));
  const close = h('button', { class: 'sca-close', type: 'button', 'aria-label': t('Dialog.Close'), onclick: () => dialog.close() }, '×');
  const dialog = h('dialog', { id: 'sca-import', class: 'sca-dialog sca-import' }, h('header', { class: 'sca-dialog-head' }, title, close), error, body);
  (document.getElementById('sca-app') ?? document.body).appendChild(dialog);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  let phase: ImportPhase = 'read';
  let lastError: ImportFailure | null = null;
  const setError = (failure: ImportFailure | null): void => {
    lastError = failure;
    error.textContent = failure ? `${failureText(failure)} ${t('Import.Error.Kept')}` : '';
    error.hidden = failure === null;
  };
  return {
    dialog,
    body,
    setError,
    progress(next, done) {
      phase = next;
      bar.value = done;
      phaseLabel.textContent = t(`Import.Phase.${next}`);
    },
    busyView(onCancel) {
      phaseLabel.textContent = t(`Import.Phase.${phase}`);
      return h('div', { class: 'sca-import-busy' }, phaseLabel, bar, h('button', { class: 'sca-button', type: 'button', onclick: onCancel }, t('Import.Cancel')));
    },
    relabel() {
      title.textContent = t('Import.Title');
      close.setAttribute('aria-label', t('Dialog.Close'));
      if (lastError) setError(lastError);
    },
  };
}

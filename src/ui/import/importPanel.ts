import './import.css';
import type { TextEncoding } from '../../data/import/encoding';
import type { ImportInput } from '../../worker/protocol';
import type { ImportCounts } from '../../data/import/report';
import type { Dataset } from '../../data/schema';
import { importMessages } from '../../i18n/messages/import';
import { addMessages, t } from '../../i18n/t';
import { INITIAL_WIZARD, wizardReducer, type WizardAction, type WizardState } from '../../state/importWizard';
import { replaceDataset } from '../../state/initialState';
import { prepareDataset } from '../../state/prepareDataset';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { replaceChildren } from '../dom';
import { renderChoicesStep } from './importChoices';
import { createImportClient, type Answer } from './importClient';
import { createImportDialog } from './importDialog';
import { renderMappingStep } from './importMapping';
import { renderReport } from './importReport';
import { attachDropTarget, renderSourceStep } from './importSource';
import type { StepContext } from './stepContext';

addMessages(importMessages);

/** Where the import dialog lives and what it changes. */
export interface ImportOptions {
  /** The header's "Import data" button (#sca-import-button). */
  button: HTMLElement;
  /** Files dropped here are imported (the map). */
  dropTarget: HTMLElement;
  /** The atlas's root element: the dialog opens inside it. */
  host: HTMLElement;
  /** The page-unique id of a named element. */
  id(name: string): string;
  store: Store<AtlasState>;
  /** Where the gazetteer files are (`gazetteer/` beside the page). */
  gazetteerBase: string;
  /** Loads the shipped dataset again, for "Back to default data". */
  loadDefault: () => Promise<Dataset>;
  /** Memoised indexes of a dataset that views outside the core read, built before an imported dataset is shown (see prepareDataset). */
  indexes?: readonly ((dataset: Dataset) => unknown)[];
}

/** The mounted import UI. */
export interface ImportPanel {
  /** Opens the dialog on its first step. */
  open(): void;
  /** Imports a file from a URL (same origin or CORS-enabled), as `?data=<url>` does; resolves when the import has ended. */
  loadUrl(url: string): Promise<void>;
  /** Imports files as a drop on the map does. */
  importFiles(files: File[]): void;
  /** The counts of the last import's report, or null while no import is shown. */
  lastCounts(): ImportCounts | null;
  destroy(): void;
}

/** Resolves in a later task, after the page has handled what is waiting (input, a frame). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A percent-decoded file name, or the name as it is when it is not valid percent-encoding. */
function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Mounts the import dialog: the button opens it, files dropped on `dropTarget` import at once. The
 * dialog is not modal, so the map stays usable while a large file loads in the worker. Its state
 * is one {@link WizardState} changed only through {@link wizardReducer}; this module renders it and
 * runs the worker requests the state asks for. A loaded dataset replaces the shown one everywhere
 * (see replaceDataset); a failed import leaves the previous dataset shown.
 */
export function mountImport(options: ImportOptions): ImportPanel {
  const { store } = options;
  const lang = (): AtlasState['lang'] => store.get().lang;
  const frame = createImportDialog(options.host, options.id, lang);
  const { dialog, body } = frame;
  const client = createImportClient(options.gazetteerBase, frame.progress);
  let wizard: WizardState = INITIAL_WIZARD;
  let finished: (() => void) | null = null;

  const ctx: StepContext = {
    get lang() {
      return lang();
    },
    id: options.id,
    state: () => wizard,
    dispatch,
  };

  function dispatch(action: WizardAction): void {
    const previous = wizard;
    wizard = wizardReducer(previous, action);
    if (wizard === previous) return;
    if (wizard.step !== previous.step || wizard.error !== previous.error) render();
    if (wizard.task !== null && (wizard.task !== previous.task || previous.step !== 'busy')) void run(wizard);
    if (wizard.step !== 'busy' && finished) {
      const done = finished;
      finished = null;
      done();
    }
  }

  /** Settles a worker answer, unless the request was cancelled or replaced meanwhile. */
  function settle<T>(task: WizardState['task'], answer: Answer<T>, ok: (value: T) => WizardAction): void {
    if (wizard.step !== 'busy' || wizard.task !== task) return;
    dispatch(answer.ok ? ok(answer.value) : { type: 'failed', failure: answer.failure });
  }

  async function run(state: WizardState): Promise<void> {
    switch (state.task) {
      case 'resolve': {
        const answer = await client.resolve(state.mapping!);
        return settle('resolve', answer, (ambiguities) => ({ type: 'resolved', ambiguities }));
      }
      case 'build': {
        const answer = await client.build(state.choices);
        const current = (): boolean => wizard.step === 'busy' && wizard.task === 'build';
        if (answer.ok && current()) {
          // Each step in a task of its own, so that a large dataset never stalls the page for long.
          await prepareDataset(answer.value.dataset, nextTask, options.indexes);
          if (current()) replaceDataset(store, answer.value.dataset, { isDefault: false, currentYear: new Date().getFullYear() });
          await nextTask();
        }
        return settle('build', answer, (result) => ({ type: 'built', result }));
      }
      case 'default': {
        try {
          const dataset = await options.loadDefault();
          replaceDataset(store, dataset, { isDefault: true, currentYear: new Date().getFullYear() });
          dispatch({ type: 'defaultLoaded' });
        } catch (reason) {
          dispatch({ type: 'failed', failure: { code: 'fetch-failed', detail: reason instanceof Error ? reason.message : String(reason) } });
        }
        return;
      }
      default:
        // 'open' and 'reopen' are sent by start() and reopen(), which hold their input.
        return;
    }
  }

  function render(): void {
    frame.relabel();
    frame.setError(wizard.error);
    const state = store.get();
    switch (wizard.step) {
      case 'source':
        replaceChildren(
          body,
          renderSourceStep(ctx, {
            onFiles: importFiles,
            onText: (text) => void start({ kind: 'text', text }, t('Import.PastedTitle', {}, state.lang), false),
            onDefault: () => dispatch({ type: 'loadDefault' }),
            importedTitle: state.isDefaultDataset ? null : state.dataset.title,
          }),
        );
        break;
      case 'busy':
        replaceChildren(body, frame.busyView(cancel));
        break;
      case 'mapping':
        replaceChildren(
          body,
          renderMappingStep(ctx, (encoding) => void reopen(encoding)),
        );
        break;
      case 'choices':
        replaceChildren(body, renderChoicesStep(ctx));
        break;
      case 'report': {
        const result = wizard.result!;
        replaceChildren(
          body,
          renderReport(ctx, result.report, result.dataset, () => dialog.close()),
        );
        break;
      }
    }
    if (!dialog.open) dialog.show();
  }

  function cancel(): void {
    client.cancel();
    dispatch({ type: 'cancel' });
  }

  function importFiles(files: File[]): void {
    void start({ kind: 'files', files }, files.map((file) => file.name).join(' + '), false);
  }

  async function start(input: ImportInput, name: string, auto: boolean): Promise<void> {
    if (wizard.step === 'busy') client.cancel();
    frame.progress('read', 0);
    dispatch({ type: 'start', name, auto });
    const answer = await client.open(input, name, null);
    settle('open', answer, (summary) => ({ type: 'opened', summary, first: true }));
  }

  async function reopen(encoding: TextEncoding): Promise<void> {
    dispatch({ type: 'reopen' });
    const answer = await client.reopen(encoding);
    settle('reopen', answer, (summary) => ({ type: 'opened', summary, first: false }));
  }

  const onButton = (): void => {
    if (wizard.step === 'report') dispatch({ type: 'restart' });
    else render();
  };
  options.button.addEventListener('click', onButton);
  const detachDrop = attachDropTarget(options.dropTarget, lang, importFiles);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang && dialog.open) render();
  });

  return {
    open() {
      if (wizard.step === 'report') dispatch({ type: 'restart' });
      render();
    },
    loadUrl(url) {
      return new Promise<void>((done) => {
        finished = done;
        const absolute = URL.parse(url, document.baseURI);
        if (absolute?.protocol !== 'http:' && absolute?.protocol !== 'https:') {
          dispatch({ type: 'start', name: url, auto: true });
          dispatch({ type: 'failed', failure: { code: 'url-scheme', detail: absolute?.protocol ?? url } });
          return;
        }
        const name = safeDecode(absolute.pathname.split('/').pop() || url);
        void start({ kind: 'url', url: absolute.href }, name, true);
      });
    },
    importFiles,
    lastCounts: () => wizard.counts,
    destroy() {
      options.button.removeEventListener('click', onButton);
      detachDrop();
      unsubscribe();
      client.destroy();
      dialog.remove();
    },
  };
}

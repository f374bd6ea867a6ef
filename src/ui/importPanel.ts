import './import.css';
import type { Ambiguity, Choices } from '../data/import/ambiguity';
import type { ColumnMapping, ColumnRole } from '../data/import/columns';
import type { TextEncoding } from '../data/import/encoding';
import type { ImportInput } from '../data/import/protocol';
import type { ImportCounts } from '../data/import/report';
import type { ImportResult, TableSummary } from '../data/import/session';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/t';
import { datasetState } from '../state/initialState';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { replaceChildren } from './dom';
import { renderChoicesStep, suggestedChoices } from './importChoices';
import { createImportClient, type ImportFailure } from './importClient';
import { createImportDialog } from './importDialog';
import { renderMappingStep } from './importMapping';
import { renderReport } from './importReport';
import { attachDropTarget, renderSourceStep } from './importSource';

/** Where the import dialog lives and what it changes. */
export interface ImportOptions {
  /** The header's "Import data" button (#sca-import-button). */
  button: HTMLElement;
  /** Files dropped here are imported (the map). */
  dropTarget: HTMLElement;
  store: Store<AtlasState>;
  /** Loads the shipped dataset again, for "Back to default data". */
  loadDefault: () => Promise<Dataset>;
}

/** The mounted import UI. */
export interface ImportPanel {
  /** Opens the dialog on its first step. */
  open(): void;
  /** Imports a file from a URL (same origin or CORS-enabled), as `?data=<url>` does. */
  loadUrl(url: string): Promise<void>;
  destroy(): void;
}

type Step = { kind: 'source' } | { kind: 'busy' } | { kind: 'mapping'; summary: TableSummary } | { kind: 'choices'; ambiguities: Ambiguity[] } | { kind: 'report'; result: ImportResult };

let mounted: ImportPanel | null = null;
let lastCounts: ImportCounts | null = null;

/** The counts of the last import's report, or null when none was loaded (the test hook reads them). */
export function lastImportCounts(): ImportCounts | null {
  return lastCounts;
}

/** Imports `?data=<url>` with the mounted import UI; resolves when the import has ended. */
export function loadFromUrlParam(url: string): Promise<void> {
  if (!mounted) throw new Error('invalid call: loadFromUrlParam() before mountImport()');
  return mounted.loadUrl(url);
}

/**
 * Mounts the import dialog: the button opens it, files dropped on `dropTarget` import at once. The
 * dialog is not modal, so the map stays usable while a large file loads in the worker. A loaded
 * dataset replaces the shown one everywhere (`datasetVersion` bumped, selection cleared, year
 * window reset to the new data); a failed import leaves the previous dataset shown.
 */
export function mountImport(options: ImportOptions): ImportPanel {
  const { store } = options;
  const frame = createImportDialog();
  const { dialog, body } = frame;

  let step: Step = { kind: 'source' };
  let mapping: ColumnMapping | null = null;
  let manual = new Set<ColumnRole>();
  let choices: Choices = {};
  let auto = false;
  let detected: TextEncoding = 'utf-8';
  let summary: TableSummary | null = null;
  let finished: () => void = () => undefined;
  const client = createImportClient(new URL('gazetteer/', document.baseURI).href, frame.progress);

  const fail = (failure: ImportFailure, back: Step): void => {
    frame.setError(failure);
    show(back);
    finished();
  };

  function render(): void {
    frame.relabel();
    const state = store.get();
    switch (step.kind) {
      case 'source':
        return replaceChildren(body, renderSourceStep({
          onFiles: importFiles,
          onText: (text) => void start({ kind: 'text', text }, t('Import.PastedTitle')),
          onDefault: () => void backToDefault(),
          importedTitle: state.isDefaultDataset ? null : state.dataset.title,
        }));
      case 'busy':
        return replaceChildren(body, frame.busyView(cancel));
      case 'mapping':
        return replaceChildren(body, renderMappingStep(step.summary, { mapping: mapping!, manual, detected, onEncoding: (encoding) => void reopen(encoding), onLoad: () => void resolve(), onBack: () => show({ kind: 'source' }) }));
      case 'choices':
        return replaceChildren(body, renderChoicesStep(step.ambiguities, { choices, onApply: () => void build(), onBack: () => show(mappingStep()) }));
      case 'report':
        return replaceChildren(body, renderReport(step.result.report, step.result.dataset.pairings.filter((p) => p.notOnMap === null).length, () => dialog.close()));
    }
  }

  function show(next: Step): void {
    step = next;
    if (next.kind === 'choices' || next.kind === 'report') frame.setError(null);
    render();
    if (!dialog.open) dialog.show();
  }

  function cancel(): void {
    client.cancel();
    show({ kind: 'source' });
    finished();
  }

  const mappingStep = (): Step => (summary ? { kind: 'mapping', summary } : { kind: 'source' });

  function opened(next: TableSummary): void {
    summary = next;
    mapping = { ...next.detection.mapping };
    manual = new Set();
  }

  function importFiles(files: File[]): void {
    void start({ kind: 'files', files }, files.map((file) => file.name).join(' + '));
  }

  async function start(input: ImportInput, name: string): Promise<void> {
    if (step.kind === 'busy') client.cancel();
    frame.setError(null);
    frame.progress('read', 0);
    summary = null;
    show({ kind: 'busy' });
    const answer = await client.open(input, name, null);
    if (!answer.ok) return fail(answer.failure, { kind: 'source' });
    opened(answer.value);
    detected = answer.value.encoding;
    if (auto && mapping!.cnName !== null && mapping!.partnerName !== null) return resolve();
    show(mappingStep());
    finished();
  }

  async function reopen(encoding: TextEncoding): Promise<void> {
    const back = mappingStep();
    show({ kind: 'busy' });
    const answer = await client.reopen(encoding);
    if (!answer.ok) return fail(answer.failure, back);
    opened(answer.value);
    show(mappingStep());
  }

  async function resolve(): Promise<void> {
    show({ kind: 'busy' });
    const answer = await client.resolve(mapping!);
    if (!answer.ok) return fail(answer.failure, mappingStep());
    choices = suggestedChoices(answer.value);
    if (answer.value.length === 0) return build();
    show({ kind: 'choices', ambiguities: answer.value });
    finished();
  }

  async function build(): Promise<void> {
    show({ kind: 'busy' });
    const answer = await client.build(choices);
    if (!answer.ok) return fail(answer.failure, mappingStep());
    const { dataset, report } = answer.value;
    const previous = store.get();
    store.set({ ...datasetState(dataset, new Date().getFullYear()), datasetVersion: previous.datasetVersion + 1, isDefaultDataset: false });
    lastCounts = report.counts;
    show({ kind: 'report', result: answer.value });
    finished();
  }

  async function backToDefault(): Promise<void> {
    let dataset: Dataset;
    try {
      dataset = await options.loadDefault();
    } catch (reason) {
      return fail({ code: 'fetch-failed', detail: reason instanceof Error ? reason.message : String(reason) }, { kind: 'source' });
    }
    const previous = store.get();
    store.set({ ...datasetState(dataset, new Date().getFullYear()), datasetVersion: previous.datasetVersion + 1, isDefaultDataset: true });
    lastCounts = null;
    show({ kind: 'source' });
  }

  const onButton = (): void => (step.kind === 'busy' ? void dialog.show() : show(step.kind === 'report' ? { kind: 'source' } : step));
  options.button.addEventListener('click', onButton);
  const detachDrop = attachDropTarget(options.dropTarget, importFiles);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang && dialog.open) render();
  });

  const panel: ImportPanel = {
    open: () => show({ kind: 'source' }),
    loadUrl(url) {
      return new Promise<void>((done) => {
        auto = true;
        finished = () => {
          auto = false;
          finished = () => undefined;
          done();
        };
        const absolute = new URL(url, document.baseURI);
        const name = decodeURIComponent(absolute.pathname.split('/').pop() || url);
        void start({ kind: 'url', url: absolute.href }, name);
      });
    },
    destroy() {
      options.button.removeEventListener('click', onButton);
      detachDrop();
      unsubscribe();
      dialog.remove();
      mounted = null;
    },
  };
  mounted = panel;
  return panel;
}

import type { Ambiguity, Choices } from '../../data/import/ambiguity';
import type { ColumnMapping } from '../../data/import/columns';
import type { TextEncoding } from '../../data/import/encoding';
import { formatMegabytes, MAX_IMPORT_BYTES } from '../../data/import/limits';
import type { ImportInput, WorkerRequest, WorkerResponse } from '../../worker/protocol';
import type { ImportPhase, ImportResult, TableSummary } from '../../data/import/session';
import type { ImportFailure } from '../../state/importWizard';

/** The answer of a step: its value, or the failure. */
export type Answer<T> = { ok: true; value: T } | { ok: false; failure: ImportFailure };

/** Talks to the import worker; one request at a time. */
export interface ImportClient {
  open(input: ImportInput, title: string, encoding: TextEncoding | null): Promise<Answer<TableSummary>>;
  reopen(encoding: TextEncoding): Promise<Answer<TableSummary>>;
  resolve(mapping: ColumnMapping): Promise<Answer<Ambiguity[]>>;
  build(choices: Choices): Promise<Answer<ImportResult>>;
  /** Stops the current request (its promise never settles) and starts a fresh worker. */
  cancel(): void;
  /** Stops the worker for good. */
  destroy(): void;
}

/** A part of a build's answer (see ITEMS_PER_PART). */
type Part = Extract<WorkerResponse, { type: 'part' }>;

/** The request waiting for its answer, and the parts of a build that arrived before it. */
type Pending = { id: number; parts: Part[]; settle: (response: WorkerResponse) => void };

/** A build's answer with the pairings and report entries sent ahead of it put back in front. */
function joinParts(response: WorkerResponse, parts: readonly Part[]): WorkerResponse {
  if (response.type !== 'built' || parts.length === 0) return response;
  const { dataset, report } = response.result;
  const pairings = parts.flatMap((part) => part.pairings).concat(dataset.pairings);
  const entries = parts.flatMap((part) => part.entries).concat(report.entries);
  return { ...response, result: { dataset: { ...dataset, pairings }, report: { ...report, entries } } };
}

/** A request before it gets its id. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * Creates the client and its worker (a module worker bundled by Vite). Progress of every step
 * goes to `onProgress`. The gazetteer files are fetched by the worker from `gazetteerBase`.
 */
export function createImportClient(gazetteerBase: string, onProgress: (phase: ImportPhase, done: number) => void): ImportClient {
  let worker: Worker;
  let pending: Pending | null = null;
  let nextId = 1;

  const start = (): void => {
    worker = new Worker(new URL('../../worker/importWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (!pending || response.id !== pending.id) return;
      if (response.type === 'progress') onProgress(response.phase, response.done);
      else if (response.type === 'part') pending.parts.push(response);
      else pending.settle(joinParts(response, pending.parts));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      pending?.settle({ id: pending.id, type: 'failed', error: { code: 'internal', detail: event.message || 'worker error' } });
    });
  };
  start();

  function send<T>(request: Request, pick: (response: WorkerResponse) => T | undefined): Promise<Answer<T>> {
    const id = nextId++;
    return new Promise((resolve) => {
      pending = {
        id,
        parts: [],
        settle(response) {
          pending = null;
          if (response.type === 'failed') {
            resolve({ ok: false, failure: { code: response.error.code, detail: response.error.detail } });
            return;
          }
          const value = pick(response);
          resolve(value === undefined ? { ok: false, failure: { code: 'internal', detail: `unexpected ${response.type}` } } : { ok: true, value });
        },
      };
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  return {
    open(input, title, encoding) {
      // Files beyond what a tab can hold are refused before the worker reads a byte of them.
      const size = input.kind === 'files' ? input.files.reduce((sum, file) => sum + file.size, 0) : 0;
      if (size > MAX_IMPORT_BYTES) return Promise.resolve({ ok: false, failure: { code: 'too-large', detail: formatMegabytes(size) } });
      return send({ type: 'open', input, title, encoding, gazetteerBase }, (r) => (r.type === 'opened' ? r.summary : undefined));
    },
    reopen: (encoding) => send({ type: 'reopen', encoding }, (r) => (r.type === 'opened' ? r.summary : undefined)),
    resolve: (mapping) => send({ type: 'resolve', mapping }, (r) => (r.type === 'resolved' ? r.ambiguities : undefined)),
    build: (choices) => send({ type: 'build', choices }, (r) => (r.type === 'built' ? r.result : undefined)),
    cancel() {
      pending = null;
      worker.terminate();
      start();
    },
    destroy() {
      pending = null;
      worker.terminate();
    },
  };
}

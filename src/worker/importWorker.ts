/// <reference lib="webworker" />
/**
 * The import worker: reads, detects, geocodes and builds off the main thread, so the map stays
 * responsive while a large file loads. One session at a time; the gazetteers stay cached between
 * imports.
 */
import { parseCnGazetteer, type CnGazetteer } from '../data/import/cnGazetteer';
import { formatMegabytes, MAX_IMPORT_BYTES } from '../data/import/limits';
import { fetchInput, type FetchError } from './fetchInput';
import { ITEMS_PER_PART, type ImportInput, type WorkerRequest, type WorkerResponse } from './protocol';
import type { SourceFile } from '../data/import/readSources';
import { createImportSession, type GazetteerLoader } from '../data/import/session';
import { parseWorldGazetteer, type WorldGazetteer } from '../data/import/worldGazetteer';

declare const self: DedicatedWorkerGlobalScope;

let gazetteerBase = '';
let currentId = 0;
let sources: SourceFile[] = [];
let title = '';

async function fetchText(name: string): Promise<string> {
  const response = await fetch(new URL(name, gazetteerBase));
  if (!response.ok) throw new Error(`gazetteer ${name}: HTTP ${response.status}`);
  return response.text();
}

let cn: Promise<CnGazetteer> | null = null;
let world: Promise<WorldGazetteer> | null = null;

const loader: GazetteerLoader = {
  cn() {
    cn ??= fetchText('cn.tsv').then(parseCnGazetteer);
    cn.catch(() => (cn = null));
    return cn;
  },
  world() {
    world ??= Promise.all([fetchText('world.tsv'), fetchText('partners.tsv')]).then(([w, p]) => parseWorldGazetteer(w, p));
    world.catch(() => (world = null));
    return world;
  },
};

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

let lastPost = 0;
const session = createImportSession(loader, (phase, done) => {
  const now = performance.now();
  if (done < 1 && done > 0 && now - lastPost < 50) return;
  lastPost = now;
  post({ id: currentId, type: 'progress', phase, done });
});

async function readInput(input: ImportInput): Promise<SourceFile[] | FetchError> {
  if (input.kind === 'text') return [{ name: 'pasted.csv', bytes: new TextEncoder().encode(input.text) }];
  if (input.kind === 'files') {
    const size = input.files.reduce((sum, file) => sum + file.size, 0);
    if (size > MAX_IMPORT_BYTES) return { code: 'too-large', detail: formatMegabytes(size) };
    return Promise.all(input.files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  }
  const fetched = await fetchInput(input.url, { base: self.location.href });
  return fetched.ok ? [fetched.file] : fetched.error;
}

function open(id: number, encoding: Parameters<typeof session.open>[2]): void {
  const result = session.open(sources, title, encoding);
  if (result.ok) post({ id, type: 'opened', summary: result.summary });
  else post({ id, type: 'failed', error: result.error });
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  currentId = id;
  switch (request.type) {
    case 'open':
      gazetteerBase = request.gazetteerBase;
      title = request.title;
      try {
        const read = await readInput(request.input);
        if (!Array.isArray(read)) return post({ id, type: 'failed', error: read });
        sources = read;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return post({ id, type: 'failed', error: { code: 'fetch-failed', detail } });
      }
      return open(id, request.encoding);
    case 'reopen':
      return open(id, request.encoding);
    case 'resolve': {
      const result = await session.resolve(request.mapping);
      if (result.ok) post({ id, type: 'resolved', ambiguities: result.ambiguities });
      else post({ id, type: 'failed', error: { code: result.problem, detail: '' } });
      return;
    }
    case 'build': {
      const { dataset, report } = session.build(request.choices);
      const { pairings } = dataset;
      const { entries } = report;
      let sent = 0;
      for (; Math.max(pairings.length, entries.length) - sent > ITEMS_PER_PART; sent += ITEMS_PER_PART) {
        post({ id, type: 'part', pairings: pairings.slice(sent, sent + ITEMS_PER_PART), entries: entries.slice(sent, sent + ITEMS_PER_PART) });
      }
      const rest = { dataset: { ...dataset, pairings: pairings.slice(sent) }, report: { ...report, entries: entries.slice(sent) } };
      return post({ id, type: 'built', result: rest });
    }
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    post({ id: event.data.id, type: 'failed', error: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } });
  });
});

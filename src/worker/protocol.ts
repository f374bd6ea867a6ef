import type { Ambiguity, Choices } from '../data/import/ambiguity';
import type { ColumnMapping, MappingProblem } from '../data/import/columns';
import type { Pairing } from '../data/schema';
import type { TextEncoding } from '../data/import/encoding';
import type { ReadError } from '../data/import/readSources';
import type { ReportEntry } from '../data/import/report';
import type { ImportPhase, ImportResult, TableSummary } from '../data/import/session';
import type { FetchError } from './fetchInput';

/** Input the worker reads: files, pasted text or a URL it fetches itself. */
export type ImportInput = { kind: 'files'; files: File[] } | { kind: 'text'; text: string } | { kind: 'url'; url: string };

/** Messages to the import worker. `id` pairs each request with its answer. */
export type WorkerRequest =
  | { id: number; type: 'open'; input: ImportInput; title: string; encoding: TextEncoding | null; gazetteerBase: string }
  | { id: number; type: 'reopen'; encoding: TextEncoding }
  | { id: number; type: 'resolve'; mapping: ColumnMapping }
  | { id: number; type: 'build'; choices: Choices };

/**
 * Pairings and report entries per `part` message. A built dataset is sent in parts, each
 * deserialised in its own task on the main thread (a few tens of milliseconds on a slow machine),
 * rather than in one long task.
 */
export const ITEMS_PER_PART = 2000;

/**
 * Messages from the import worker. A build answers with `part` messages, then `built`, whose
 * dataset and report hold the pairings and entries after those already sent.
 */
export type WorkerResponse =
  | { id: number; type: 'progress'; phase: ImportPhase; done: number }
  | { id: number; type: 'part'; pairings: Pairing[]; entries: ReportEntry[] }
  | { id: number; type: 'opened'; summary: TableSummary }
  | { id: number; type: 'resolved'; ambiguities: Ambiguity[] }
  | { id: number; type: 'built'; result: ImportResult }
  | { id: number; type: 'failed'; error: ReadError | FetchError | { code: MappingProblem; detail: string } | { code: 'internal'; detail: string } };

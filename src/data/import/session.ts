import type { Dataset } from '../schema';
import type { Ambiguity, Choices } from './ambiguity';
import { assembleImport } from './assemble';
import type { CnGazetteer } from './cnGazetteer';
import { detectColumns, mappingProblem, type ColumnDetection, type ColumnMapping, type MappingProblem } from './columns';
import type { TextEncoding } from './encoding';
import { createResolver, type Resolver } from './geocode';
import { nameKey } from './nameKey';
import { readSources, type ReadError, type SourceFile } from './readSources';
import { recordsOf, type ImportRecord } from './records';
import type { LoadReport } from './report';
import type { SourceFormat, Table } from './table';
import type { WorldGazetteer } from './worldGazetteer';

/** Where the gazetteers come from: fetched files in the app, files on disk in tests. */
export interface GazetteerLoader {
  cn(): Promise<CnGazetteer>;
  world(): Promise<WorldGazetteer>;
}

/** Steps of an import, for the progress bar. */
export type ImportPhase = 'read' | 'gazetteer' | 'geocode' | 'build';

/** Progress of the current step, `done` from 0 to 1. */
export type PhaseProgress = (phase: ImportPhase, done: number) => void;

/** What the mapping step shows about a file that was read. */
export interface TableSummary {
  title: string;
  format: SourceFormat;
  encoding: TextEncoding;
  headers: string[];
  /** The first rows, for the user to recognise the columns. */
  sample: string[][];
  rows: number;
  /** Source rows that could not become table rows (bad features, unknown flow locations). */
  unreadable: number;
  detection: ColumnDetection;
}

/** The outcome of resolving names: the names that need the user's choice. */
export type ResolveResult = { ok: true; ambiguities: Ambiguity[] } | { ok: false; problem: MappingProblem };

/** The imported dataset and its report. */
export interface ImportResult {
  dataset: Dataset;
  report: LoadReport;
}

/** One import, from files to a dataset: read, map columns, resolve names, build. */
export interface ImportSession {
  /** Reads files (again, with another encoding when the user overrides it). */
  open(files: readonly SourceFile[], title: string, encoding: TextEncoding | null): { ok: true; summary: TableSummary } | { ok: false; error: ReadError };
  /** Geocodes with a mapping and lists what is ambiguous. */
  resolve(mapping: ColumnMapping): Promise<ResolveResult>;
  /** Builds the dataset with the user's choices. */
  build(choices: Choices): ImportResult;
}

const SAMPLE_ROWS = 5;

/** Whether any partner needs the world gazetteer: a missing point, or a missing country to find. */
function needsWorld(records: readonly ImportRecord[]): boolean {
  return records.some((r) => r.partnerName !== '' && (r.partnerLat === '' || r.partnerLon === '' || r.partnerCountry === ''));
}

/**
 * Creates an import session. The Chinese gazetteer is loaded for every import (it names the Chinese
 * side in both languages); the large world gazetteer only when a partner lacks a point or country.
 */
export function createImportSession(loader: GazetteerLoader, onProgress: PhaseProgress = () => {}): ImportSession {
  let table: Table | null = null;
  let title = '';
  let state: { records: ImportRecord[]; resolver: Resolver; cn: CnGazetteer } | null = null;
  return {
    open(files, name, encoding) {
      state = null;
      const result = readSources(files, encoding, (done) => onProgress('read', done));
      if (!result.ok) return result;
      table = result.table;
      title = name;
      const sample = table.rows.slice(0, SAMPLE_ROWS);
      const summary: TableSummary = {
        title,
        format: table.format,
        encoding: result.encoding,
        headers: table.headers,
        sample,
        rows: table.rows.length,
        unreadable: table.unreadable.length,
        detection: detectColumns(table.headers, table.rows.slice(0, 200)),
      };
      return { ok: true, summary };
    },
    async resolve(mapping) {
      if (!table) throw new Error('invalid session: resolve() before open()');
      const problem = mappingProblem(mapping);
      if (problem) return { ok: false, problem };
      const records = recordsOf(table, mapping);
      onProgress('gazetteer', 0);
      const [cn, world] = await Promise.all([loader.cn(), needsWorld(records) ? loader.world() : Promise.resolve(null)]);
      onProgress('gazetteer', 1);
      const resolver = createResolver({ cn, world });
      records.forEach((r, i) => {
        if (i % 5000 === 0) onProgress('geocode', i / records.length);
        if (r.cnName === '' || r.partnerName === '' || nameKey(r.cnName) === nameKey(r.partnerName)) return;
        resolver.cn(r.cnName, r.cnProvince, r.cnLat, r.cnLon, r.row);
        const country = r.partnerCountry === '' ? null : resolver.country(r.partnerCountry);
        resolver.partner(r.partnerName, country, r.partnerLat, r.partnerLon, r.row);
      });
      onProgress('geocode', 1);
      state = { records, resolver, cn };
      return { ok: true, ambiguities: resolver.ambiguities().map((a) => ({ ...a, candidates: [...a.candidates] })) };
    },
    build(choices) {
      if (!table || !state) throw new Error('invalid session: build() before resolve()');
      const input = { title, records: state.records, unreadable: table.unreadable, resolver: state.resolver, cnGazetteer: state.cn, choices };
      return assembleImport(input, (done) => onProgress('build', done));
    },
  };
}

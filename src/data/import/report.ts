import Papa from 'papaparse';
import type { UnreadableReason } from './table';

/** The group every input row ends up in: exactly one per row. */
export type ReportGroup = 'loaded' | 'geocoded' | 'merged' | 'noYear' | 'notOnMap' | 'rejected';

/** Groups in the order the report lists them. */
export const REPORT_GROUPS: readonly ReportGroup[] = ['loaded', 'geocoded', 'merged', 'noYear', 'notOnMap', 'rejected'];

/** Why a row is in its group. The UI translates each code. */
export type ReportReason =
  | 'coordinates-in-file'
  | 'geocoded'
  | 'geocoded-parent'
  | 'geocoded-stripped'
  | 'geocoded-chosen'
  | 'duplicate'
  | 'year-missing'
  | 'year-unreadable'
  | 'cn-not-found'
  | 'partner-not-found'
  | 'cn-ambiguous'
  | 'partner-ambiguous'
  | 'cn-no-point'
  | 'coordinates-invalid'
  | 'coordinates-out-of-range'
  | 'same-place'
  | 'cn-name-missing'
  | 'partner-name-missing'
  | 'same-city'
  | UnreadableReason;

/** One input row in the report. */
export interface ReportEntry {
  row: number;
  group: ReportGroup;
  reason: ReportReason;
  /** Data that explains the reason (a name matched, a cell's text, the row merged into), verbatim. */
  detail: string;
  cn: string;
  partner: string;
}

/** How many rows went into each group; `rows` is their sum, every input row once. */
export interface ImportCounts {
  rows: number;
  loaded: number;
  geocoded: number;
  merged: number;
  noYear: number;
  notOnMap: number;
  rejected: number;
}

/** The load report of one import. */
export interface LoadReport {
  /** File name(s) or "pasted text". */
  title: string;
  entries: ReportEntry[];
  counts: ImportCounts;
}

/** Counts entries per group. */
export function countEntries(entries: readonly ReportEntry[]): ImportCounts {
  const counts: ImportCounts = { rows: entries.length, loaded: 0, geocoded: 0, merged: 0, noYear: 0, notOnMap: 0, rejected: 0 };
  for (const entry of entries) counts[entry.group]++;
  return counts;
}

/** Labels the CSV uses for groups and reasons, in the UI language. */
export interface ReportLabels {
  header: [string, string, string, string, string, string, string];
  group: (group: ReportGroup) => string;
  /** The entry's reason as a sentence (it may quote the entry's detail). */
  reason: (entry: ReportEntry) => string;
}

/**
 * The report as CSV, one line per input row in row order: row, group, reason (translated), reason
 * code, detail, city, partner. Cells are quoted where needed, and cells starting with = + - @ are
 * prefixed with ' so a spreadsheet does not run them as formulas.
 */
export function reportToCsv(report: LoadReport, labels: ReportLabels): string {
  const safe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const rows = [...report.entries]
    .sort((a, b) => a.row - b.row)
    .map((entry) => [
      String(entry.row),
      labels.group(entry.group),
      labels.reason(entry),
      entry.reason,
      safe(entry.detail),
      safe(entry.cn),
      safe(entry.partner),
    ]);
  return Papa.unparse({ fields: labels.header, data: rows }, { newline: '\r\n' });
}

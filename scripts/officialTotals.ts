import { decimalYear } from '../src/data/decimalYear';
import type { OfficialTotal, TotalScopeKind } from '../src/data/schema';
import { sourceTableLines } from './sourceTable';

/** A whole non-negative number from a CSV cell ('1,129' allowed), or null when blank or not a count. */
export function parseCount(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}

/**
 * Reads rows of the source pack's official_totals.csv (`scope, as_of, pairs, countries, source_url, note`)
 * in file order, each scope resolved to its kind and GB/T 2260 code by `resolveScope` (a scope it
 * cannot resolve is kept as a city without a code, with a warning). A row whose `as_of` is not a date is skipped with a warning; a blank or unreadable
 * `pairs` or `countries` becomes null (a warning too when the cell was not blank). Each note gets its
 * Chinese translation from `noteZh`; a note without one keeps `noteZh` '' and is warned about.
 */
export function parseOfficialTotals(
  rows: readonly Record<string, string | undefined>[],
  resolveScope: (scope: string) => { kind: TotalScopeKind; code: string } | null,
  warn: (message: string) => void,
  noteZh: (note: string) => string | null,
): OfficialTotal[] {
  const totals: OfficialTotal[] = [];
  rows.forEach((row, index) => {
    const line = `official_totals row ${index + 1}`;
    const asOf = (row.as_of ?? '').trim();
    const asOfYear = decimalYear(asOf);
    if (asOfYear === null) {
      warn(`${line}: as_of is not a date: ${JSON.stringify(asOf)}`);
      return;
    }
    const count = (field: 'pairs' | 'countries'): number | null => {
      const text = (row[field] ?? '').trim();
      const value = parseCount(text);
      if (value === null && text !== '') warn(`${line}: ${field} is not a count: ${JSON.stringify(text)}`);
      return value;
    };
    const scope = (row.scope ?? '').trim();
    const resolved = resolveScope(scope);
    if (!resolved) warn(`${line}: scope ${JSON.stringify(scope)} names no single province or city of the gazetteer`);
    const note = (row.note ?? '').trim();
    const translated = note === '' ? '' : noteZh(note);
    if (translated === null) warn(`${line}: note has no Chinese translation in scripts/sources/totals-notes-zh.tsv: ${JSON.stringify(note)}`);
    totals.push({
      scope,
      scopeKind: resolved?.kind ?? 'city',
      scopeCode: resolved?.code ?? '',
      asOf,
      asOfYear,
      pairs: count('pairs'),
      countries: count('countries'),
      url: (row.source_url ?? '').trim(),
      note,
      noteZh: translated ?? '',
    });
  });
  return totals;
}

/**
 * Reads the translations of the totals' notes (scripts/sources/totals-notes-zh.tsv: tab-separated,
 * header `noteEn noteZh`, one note a line) into a map from the English note to its Chinese text. The
 * table is a committed build input, so a malformed or repeated line is an error.
 */
export function parseNotesTable(text: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const { cells, line, where } of sourceTableLines(text, 'notes', ['noteEn', 'noteZh'])) {
    const [noteEn = '', noteZh = ''] = cells;
    if (noteEn === '' || noteZh === '') throw new Error(`invalid ${where}: ${JSON.stringify(line)}`);
    if (notes.has(noteEn)) throw new Error(`invalid ${where}: the note is listed twice`);
    notes.set(noteEn, noteZh);
  }
  return notes;
}

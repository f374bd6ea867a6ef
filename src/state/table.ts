import type { Dataset, Pairing, YearStatus } from '../data/schema';
import { vocabulary } from '../i18n/messages/vocabulary';
import { cnKey, partnerKey } from './cities';
import type { Lang } from './state';

/** The columns of the table view, in order. */
export type TableColumn = 'cn' | 'province' | 'partner' | 'country' | 'relation' | 'year' | 'status' | 'sources';

/** Every column, in display (and CSV) order. */
export const TABLE_COLUMNS: readonly TableColumn[] = ['cn', 'province', 'partner', 'country', 'relation', 'year', 'status', 'sources'];

/** One visible tie as the table shows it, names in one language. */
export interface TableRow {
  /** Index of the pairing in `dataset.pairings`. */
  index: number;
  /** The Chinese unit's `CityRef` key (a row click selects it). */
  cnKey: string;
  partnerKey: string;
  cn: string;
  province: string;
  partner: string;
  country: string;
  relation: string;
  year: number | null;
  status: string;
  yearStatus: YearStatus;
  /** Distinct sources among the year claims. */
  sources: number;
  /** The row's text in lower case, for the text filter. */
  text: string;
}

type VocabularyKey = keyof typeof vocabulary;

function word(key: string, lang: Lang): string {
  const message = vocabulary[key as VocabularyKey];
  return message ? message[lang] : key;
}

/** Distinct sources of a pairing's claims: by URL, else by title; a claim with neither counts alone. */
export function countSources(pairing: Pick<Pairing, 'claims'>): number {
  return new Set(pairing.claims.map((c, i) => c.url || c.title || `#${i}`)).size;
}

function toRow(p: Pairing, index: number, lang: Lang): TableRow {
  const zh = lang === 'zh';
  const row = {
    index,
    cnKey: cnKey(p),
    partnerKey: partnerKey(p),
    cn: (zh ? p.cn.nameZh : p.cn.nameEn) || p.cn.nameEn,
    province: (zh ? p.cn.provinceZh : p.cn.provinceEn) || p.cn.provinceEn,
    partner: (zh ? p.partner.nameZh : p.partner.nameEn) || p.partner.nameEn,
    country: (zh ? p.partner.countryZh : p.partner.countryEn) || p.partner.countryEn || p.partner.iso2,
    relation: word(`Relation.${p.relation}`, lang),
    year: p.year,
    status: word(`YearStatus.${p.yearStatus}`, lang),
    yearStatus: p.yearStatus,
    sources: countSources(p),
    text: '',
  };
  row.text = [row.cn, row.province, row.partner, row.country, row.relation, row.year ?? '', row.status].join('\u0001').normalize('NFKC').toLowerCase();
  return row;
}

let last: { dataset: Dataset; mask: Uint8Array; lang: Lang; rows: TableRow[] } | null = null;

/**
 * The rows of the visible ties (`selectVisible(...).pairing`), in dataset order, in one language.
 * Memoised on the last (dataset, mask object, language): `selectVisible` returns the same mask for the same
 * window and filters.
 */
export function selectTableRows(dataset: Dataset, mask: Uint8Array, lang: Lang): TableRow[] {
  if (last && last.dataset === dataset && last.mask === mask && last.lang === lang) return last.rows;
  const rows: TableRow[] = [];
  for (let i = 0; i < dataset.pairings.length; i++) {
    // The table is the map's accessible twin: it lists the ties the map draws (those without a point are
    // listed, with their reason, under "not on the map").
    if (mask[i] && dataset.pairings[i]!.notOnMap === null) rows.push(toRow(dataset.pairings[i]!, i, lang));
  }
  last = { dataset, mask, lang, rows };
  return rows;
}

/** Rows whose shown text contains `query` (case-insensitive; every word must appear). */
export function filterRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.text.includes(w)));
}

/** Sort order of the table. */
export type SortDirection = 'asc' | 'desc';

/**
 * Rows sorted by one column, stably (equal rows keep their order). Text sorts with the language's
 * collation (`Intl.Collator('zh-CN')` in Chinese: pinyin order); unknown years sort last either way.
 * Each distinct text is collated once, so 100,000 rows sort by integer ranks.
 */
export function sortRows(rows: readonly TableRow[], column: TableColumn, direction: SortDirection, lang: Lang): TableRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (column === 'year' || column === 'sources') {
    return [...rows].sort((a, b) => {
      const x = a[column];
      const y = b[column];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (x - y);
    });
  }
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  const distinct = [...new Set(rows.map((row) => row[column]))].sort(collator.compare);
  const rank = new Map(distinct.map((text, i) => [text, i]));
  return [...rows].sort((a, b) => sign * (rank.get(a[column])! - rank.get(b[column])!));
}

/** The text of one cell, as shown and as written to CSV (an unknown year is empty). */
export function cellText(row: TableRow, column: TableColumn): string {
  const value = row[column];
  return value === null ? '' : String(value);
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). A cell starting with
 * = + - @ or a tab/CR gets a leading apostrophe so that spreadsheets do not run it as a formula;
 * no genuine value in the table starts with one of those (years and counts are non-negative).
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV of exactly these rows, with a header line of `headers` (the UI's column titles): UTF-8 BOM first
 * so that Excel reads Chinese correctly, CRLF between records, no line break after the last one.
 */
export function rowsToCsv(rows: readonly TableRow[], headers: Record<TableColumn, string>): string {
  const lines = [TABLE_COLUMNS.map((c) => csvField(headers[c])).join(',')];
  for (const row of rows) lines.push(TABLE_COLUMNS.map((c) => csvField(cellText(row, c))).join(','));
  return `\uFEFF${lines.join('\r\n')}`;
}

/**
 * The curated table of partners' Chinese names from published sources, scripts/sources/partner-names-zh.tsv
 * (where each source comes from and the hand decisions: scripts/sources/README.md).
 */
import { sourceTableLines } from './sourceTable';

/** The table's sources, by the id in its `source` column. */
export const TABLE_SOURCES = ['libhangul', 'wof', 'iso-codes', 'geonames-zh', 'cities1000', 'libgweather', 'kstars'] as const;

/** Id of one of the table's sources. */
export type TableSource = (typeof TABLE_SOURCES)[number];

/** One row of the table: a partner and its name as the source publishes it (traditional, kanji or hanja). */
export interface TableName {
  iso2: string;
  nameEn: string;
  nameZh: string;
  source: TableSource;
  /** How the source's place was matched to the partner. */
  matchedBy: string;
}

const COLUMNS = ['iso2', 'nameEn', 'nameZh', 'source', 'matchedBy'];

function isTableSource(value: string): value is TableSource {
  return (TABLE_SOURCES as readonly string[]).includes(value);
}

/** The key partners go by in the build: `ISO2|partner_name_en`. */
export function partnerKey(partner: { iso2: string; nameEn: string }): string {
  return `${partner.iso2}|${partner.nameEn}`;
}

/**
 * Reads the table (tab-separated, with the header `iso2 nameEn nameZh source matchedBy`) into rows by
 * `partnerKey`. The table is a committed build input, so a malformed row is an error, not a warning.
 */
export function parsePartnerNamesTable(text: string): Map<string, TableName> {
  const rows = new Map<string, TableName>();
  for (const { cells, line, where } of sourceTableLines(text, 'partner names', COLUMNS)) {
    const [iso2 = '', nameEn = '', nameZh = '', source = '', matchedBy = ''] = cells;
    if (!/^[A-Z]{2}$/.test(iso2) || nameEn === '' || nameZh === '') throw new Error(`invalid ${where}: ${JSON.stringify(line)}`);
    if (!isTableSource(source)) throw new Error(`invalid ${where} source: ${JSON.stringify(source)}`);
    const row: TableName = { iso2, nameEn, nameZh, source, matchedBy };
    const key = partnerKey(row);
    if (rows.has(key)) throw new Error(`invalid ${where}: ${key} is listed twice`);
    rows.set(key, row);
  }
  return rows;
}

/**
 * A lookup of a partner's simplified Chinese name in the table: the row's name converted with
 * `toSimplified` (kanji and hanja, traditional characters), with its source; null when the table has
 * no row for the partner or its name has no Chinese form (written in kana).
 */
export function createTableLookup(
  table: ReadonlyMap<string, TableName>,
  toSimplified: (name: string, iso2: string) => string | null,
): (partner: { iso2: string; nameEn: string }) => { nameZh: string; source: TableSource } | null {
  return (partner) => {
    const row = table.get(partnerKey(partner));
    const nameZh = row ? toSimplified(row.nameZh, row.iso2) : null;
    return row && nameZh !== null ? { nameZh, source: row.source } : null;
  };
}

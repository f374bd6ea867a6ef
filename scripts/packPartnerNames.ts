/**
 * Chinese names of partners from the source pack itself: Japanese and Korean partner pages name their
 * own municipality in brackets at the end of their title ("友好都市安陽市と市民交流 (草加市)").
 */
import type { CsvRow } from './buildDataset';

const TITLE_NAME = /[(（]([\p{Script=Han}]{1,6}[市町村区郡])[)）]\s*$/u;
const LOCAL_SCRIPT_COUNTRIES = new Set(['JP', 'KR']);

/**
 * Partner names by `ISO2|partner_name_en`, converted with `toSimplified`, from the titles of
 * `partner-official` evidence rows for Japanese and Korean partners. A partner whose pages give two
 * different names gets none.
 */
export function packPartnerNames(
  pairs: readonly CsvRow[],
  evidence: readonly CsvRow[],
  toSimplified: (name: string, iso2: string) => string | null,
): Map<string, string> {
  const partnerOf = new Map(
    pairs.map((row) => [row.pair_id ?? '', { iso2: (row.partner_country_iso2 ?? '').toUpperCase(), nameEn: (row.partner_name_en ?? '').trim() }]),
  );
  const names = new Map<string, Set<string>>();
  for (const row of evidence) {
    const partner = partnerOf.get(row.pair_id ?? '');
    const match = TITLE_NAME.exec((row.source_title ?? '').trim());
    if (!partner || !match?.[1] || row.reliability !== 'partner-official' || !LOCAL_SCRIPT_COUNTRIES.has(partner.iso2)) continue;
    const name = toSimplified(match[1], partner.iso2);
    if (name === null) continue;
    const key = `${partner.iso2}|${partner.nameEn}`;
    names.set(key, (names.get(key) ?? new Set()).add(name));
  }
  const result = new Map<string, string>();
  for (const [key, set] of names) if (set.size === 1) result.set(key, [...set][0] ?? '');
  return result;
}

import { CLAIM_KINDS, RELIABILITIES, oneOf } from '../src/data/enums';
import type { YearClaim } from '../src/data/schema';
import { compareClaims } from '../src/data/yearRule';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Reads rows of the source pack's evidence.csv (`pair_id, year, date, kind, reliability, source_url,
 * source_title, note`) into year claims grouped by pair id, each group earliest first.
 * A row without a pair id or a readable year is skipped with a warning; a missing or unreadable date
 * falls back to the year; an unknown kind reads as `other` and an unknown source class as `low`.
 */
export function parseEvidenceClaims(rows: readonly Record<string, string | undefined>[], warn: (message: string) => void): Map<string, YearClaim[]> {
  const byPair = new Map<string, YearClaim[]>();
  rows.forEach((row, index) => {
    const line = `evidence row ${index + 1}`;
    const pairId = (row.pair_id ?? '').trim();
    const yearText = (row.year ?? '').trim();
    const dateText = (row.date ?? '').trim();
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number(dateText.slice(0, 4));
    if (pairId === '' || !Number.isInteger(year) || year < 1000) {
      warn(`${line}: no pair id or year (${JSON.stringify(pairId)}, ${JSON.stringify(yearText)})`);
      return;
    }
    let date = String(year);
    if (DATE.test(dateText) && dateText.startsWith(date)) date = dateText;
    else if (dateText !== '') warn(`${line} (${pairId}): date ${JSON.stringify(dateText)} does not fit year ${year}`);
    const kind = oneOf(CLAIM_KINDS, row.kind?.trim());
    const reliability = oneOf(RELIABILITIES, row.reliability?.trim());
    if (!kind) warn(`${line} (${pairId}): unknown kind ${JSON.stringify(row.kind)}, read as other`);
    if (!reliability) warn(`${line} (${pairId}): unknown reliability ${JSON.stringify(row.reliability)}, read as low`);
    const claim: YearClaim = {
      year,
      date,
      kind: kind ?? 'other',
      reliability: reliability ?? 'low',
      url: (row.source_url ?? '').trim(),
      title: (row.source_title ?? '').trim(),
      note: (row.note ?? '').trim(),
    };
    const claims = byPair.get(pairId);
    if (claims) claims.push(claim);
    else byPair.set(pairId, [claim]);
  });
  for (const claims of byPair.values()) claims.sort(compareClaims);
  return byPair;
}

import type { OfficialTotal } from './schema';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as a decimal year rounded to two places, counting from the
 * start of the period: '2015' → 2015, '2015-06' → 2015.42, '2024-11-19' → 2024.88.
 * Returns null for anything else, including impossible months and days.
 */
export function decimalYear(date: string): number | null {
  const match = DATE.exec(date.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const monthDays = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const daysInMonth = monthDays[month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return null;
  // Months count as twelfths, so '2015-06' is 2015 + 5/12 whatever the month lengths.
  return Math.round((year + (month - 1 + (day - 1) / daysInMonth) / 12) * 100) / 100;
}

/** A whole non-negative number from a CSV cell ('1,129' allowed), or null when blank or not a count. */
export function parseCount(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}

/**
 * Reads rows of the source pack's official_totals.csv (`scope, as_of, pairs, countries, source_url, note`)
 * in file order. A row whose `as_of` is not a date is skipped with a warning; a blank or unreadable
 * `pairs` or `countries` becomes null (a warning too when the cell was not blank).
 */
export function parseOfficialTotals(
  rows: readonly Record<string, string | undefined>[],
  warn: (message: string) => void,
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
    totals.push({
      scope: (row.scope ?? '').trim(),
      asOf,
      asOfYear,
      pairs: count('pairs'),
      countries: count('countries'),
      url: (row.source_url ?? '').trim(),
      note: (row.note ?? '').trim(),
    });
  });
  return totals;
}

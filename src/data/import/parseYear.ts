/** The founding year read from a cell, and the most precise date it states (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface ParsedYear {
  year: number;
  date: string;
}

/** Years accepted as founding years of a sister-city tie. */
export const MIN_YEAR = 1900;
/** See `MIN_YEAR`. */
export const MAX_YEAR = 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day <= max;
}

function ymd(year: number, month: number | null, day: number | null): ParsedYear | null {
  if (!validYear(year)) return null;
  if (month === null) return { year, date: String(year) };
  if (month < 1 || month > 12) return null;
  if (day === null) return { year, date: `${year}-${pad(month)}` };
  if (!validDay(year, month, day)) return null;
  return { year, date: `${year}-${pad(month)}-${pad(day)}` };
}

const YEAR_ONLY = /^(\d{4})(?:\.0+)?\s*年?$/;
const YEAR_FIRST =
  /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:(?:[-./]|月)\s*(\d{1,2})\s*[日号]?|月)?(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_LAST = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})$/;

/**
 * Reads a founding year as people write it: `1979`, `1979年`, `1979-05-12`, `1979.5.12`,
 * `1979/5/12`, `1979年5月12日`, `1979-05`, `1979年5月`, an ISO timestamp, and day-first or
 * month-first dates such as `12/05/1979`. When day and month could be either way round, only the
 * year is kept (it is the same either way); when one part is above 12 the full date is kept.
 * Full-width digits are accepted. Returns null for anything else, including impossible dates and
 * years outside 1900–2100.
 */
export function parseYear(text: string): ParsedYear | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  let m = YEAR_ONLY.exec(s);
  if (m) return ymd(Number(m[1]), null, null);
  m = YEAR_FIRST.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  m = YEAR_LAST.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (!validYear(year)) return null;
    const dayFirst = validDay(year, b, a);
    const monthFirst = validDay(year, a, b);
    if (dayFirst && monthFirst) return a === b ? ymd(year, a, b) : { year, date: String(year) };
    if (dayFirst) return ymd(year, b, a);
    if (monthFirst) return ymd(year, a, b);
  }
  return null;
}

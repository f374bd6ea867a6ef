/** Dates of published totals as decimal years, for plotting. Pure. */

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
  // Rounded, but never up into the next year: '2019-12-31' is 2019.99, not 2020.
  return Math.min(Math.round((year + (month - 1 + (day - 1) / daysInMonth) / 12) * 100) / 100, year + 0.99);
}

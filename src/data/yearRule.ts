import { RELIABILITIES } from './enums';
import type { Reliability, YearClaim, YearStatus } from './schema';

/** Rank of a source class, 0 for the most reliable (`official`); the year rule prefers lower ranks. */
export function reliabilityRank(reliability: Reliability): number {
  return RELIABILITIES.indexOf(reliability);
}

/** The year shown for a pairing and how it was decided. */
export interface ShownYear {
  year: number | null;
  yearStatus: YearStatus;
}

function earliest(claims: readonly YearClaim[]): number {
  return Math.min(...claims.map((claim) => claim.year));
}

/**
 * Chooses the year shown for a pairing from its claims (the rule documented in data/README.md):
 *
 * 1. Among `signing` claims, keep those from the most reliable source class present
 *    (official > partner-official > news > wiki-mirror > low > user) and show the earliest of their years.
 * 2. With no signing claim, show the earliest year of all claims (approval or other).
 * 3. With no claim at all, the year is null and the status `unknown`.
 *
 * The status is `conflict` when the claims name more than one distinct year (whatever their kind or
 * source), else `sourced`.
 */
export function chooseYear(claims: readonly YearClaim[]): ShownYear {
  if (claims.length === 0) return { year: null, yearStatus: 'unknown' };
  const signing = claims.filter((claim) => claim.kind === 'signing');
  let year: number;
  if (signing.length > 0) {
    const bestRank = Math.min(...signing.map((claim) => reliabilityRank(claim.reliability)));
    year = earliest(signing.filter((claim) => reliabilityRank(claim.reliability) === bestRank));
  } else {
    year = earliest(claims);
  }
  const distinctYears = new Set(claims.map((claim) => claim.year));
  return { year, yearStatus: distinctYears.size > 1 ? 'conflict' : 'sourced' };
}

/**
 * Orders claims earliest first: by year, then date (a bare year sorts before a dated day of that year),
 * then source class, kind, URL, title and note, so equal inputs always give the same order.
 */
export function compareClaims(a: YearClaim, b: YearClaim): number {
  return (
    a.year - b.year ||
    compareText(a.date, b.date) ||
    reliabilityRank(a.reliability) - reliabilityRank(b.reliability) ||
    compareText(a.kind, b.kind) ||
    compareText(a.url, b.url) ||
    compareText(a.title, b.title) ||
    compareText(a.note, b.note)
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

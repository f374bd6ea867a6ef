/** The rows a virtualised list draws: indexes `first` to `last` - 1. */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * Which rows of a list of `count` rows of `rowHeight` pixels a viewport of `viewportHeight` pixels shows
 * when scrolled `scrollTop` pixels into the rows, with `overscan` rows to spare on each side so fast
 * scrolling never shows a gap. Only those rows are built, whatever the count (100,000 rows cost as
 * much as 40).
 */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): RowRange {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

import type { Dataset } from '../../data/schema';
import { filterRows, selectTableRows, sortRows, type SortDirection, type TableColumn, type TableRow } from '../../state/table';
import type { Lang } from '../../state/state';

/** The table's own choices: the text filter and the sort. */
export interface TableChoices {
  query: string;
  column: TableColumn | null;
  direction: SortDirection;
}

/**
 * The rows the table shows, recomputed only when an input changed: the visible ties (`mask`), the
 * language, the text filter or the sort. One function so the table, its CSV and the test hook's
 * `tableRows()` always agree.
 */
export function createTableModel(): (dataset: Dataset, mask: Uint8Array, lang: Lang, choices: TableChoices) => TableRow[] {
  let last: { base: TableRow[]; lang: Lang; query: string; column: TableColumn | null; direction: SortDirection; rows: TableRow[] } | null = null;
  return (dataset, mask, lang, choices) => {
    const base = selectTableRows(dataset, mask, lang);
    if (
      last &&
      last.base === base &&
      last.lang === lang &&
      last.query === choices.query &&
      last.column === choices.column &&
      last.direction === choices.direction
    ) {
      return last.rows;
    }
    const filtered = filterRows(base, choices.query);
    const rows = choices.column ? sortRows(filtered, choices.column, choices.direction, lang) : filtered;
    last = { base, lang, query: choices.query, column: choices.column, direction: choices.direction, rows };
    return rows;
  };
}

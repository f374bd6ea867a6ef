import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { createChartsView } from '../charts/chartsView';
import { createFilterPanel } from '../filters/filterPanel';
import { createTableView } from '../table/tableView';

/** The tabs of the explore drawer. */
export type ExploreTab = 'filters' | 'table' | 'charts';

/** One view of the explore drawer. */
export interface ExploreView {
  readonly element: HTMLElement;
  /** Draws the state (call when the view becomes visible). */
  refresh(): void;
}

/** The filter panel, table and charts of one atlas: the contents of its explore drawer. */
export interface ExploreViews {
  readonly views: Readonly<Record<ExploreTab, ExploreView>>;
  /** Rows the table shows under the current window, filters and its text filter. */
  tableRows(): number;
  destroy(): void;
}

/**
 * Creates the drawer's three views over the store. Each renders only while `isShown(tab)` says its tab
 * is open; `onPick` runs after a table row or a chart bar has selected a city.
 */
export function createExploreViews(
  store: Store<AtlasState>,
  ids: (name: string) => string,
  isShown: (tab: ExploreTab) => boolean,
  onPick: () => void,
): ExploreViews {
  const filters = createFilterPanel(store, ids, () => isShown('filters'));
  const table = createTableView(store, ids, () => isShown('table'), onPick);
  const charts = createChartsView(store, () => isShown('charts'), onPick);
  return {
    views: { filters, table, charts },
    tableRows: () => table.rowCount(),
    destroy() {
      filters.destroy();
      table.destroy();
      charts.destroy();
    },
  };
}

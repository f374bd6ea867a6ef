import { downloadBlob } from '../../export/downloadBlob';
import { formatNumber } from '../../i18n/format';
import { addMessages, t } from '../../i18n/t';
import { tableMessages } from '../../i18n/messages/exploreViews';
import type { MessageKey } from '../../i18n/messages';
import { cellText, rowsToCsv, TABLE_COLUMNS, type TableColumn, type TableRow } from '../../state/table';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { selectStateVisible } from '../../state/visible';
import { h, replaceChildren } from '../dom';
import { createTableModel, type TableChoices } from './tableModel';
import { visibleRange } from './virtualRange';
import { viewChanged } from '../../state/viewChanged';

addMessages(tableMessages);

/** Pixels per row; rows are one line, so the scroll height is exact. */
const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 34;
/** The CSV's file name. */
const CSV_NAME = 'sister-city-ties.csv';

/** A mounted table view. */
export interface TableView {
  readonly element: HTMLElement;
  /** Rows under the current window, filters and text filter. */
  rowCount(): number;
  /** Draws the state (call when the table becomes visible). */
  refresh(): void;
  destroy(): void;
}

function columnTitle(column: TableColumn, lang: AtlasState['lang']): string {
  return t(`Table.${column}` as MessageKey, {}, lang);
}

/**
 * The table of the visible ties (Chinese unit, province, partner, country, relation, year, status,
 * sources): sortable by any column, a text filter, virtualised (only the rows in view are built, so
 * 100,000 rows scroll like 40), a row click or Enter selects its Chinese unit (`onPick` runs after), and a
 * CSV download of exactly the rows shown. ARIA table roles make it the accessible alternative to the map.
 */
export function createTableView(store: Store<AtlasState>, ids: (name: string) => string, isShown: () => boolean, onPick: () => void): TableView {
  const model = createTableModel();
  const choices: TableChoices = { query: '', column: null, direction: 'asc' };
  const filter = h('input', {
    type: 'search',
    class: 'sca-table-filter',
    id: ids('table-filter'),
    oninput: () => {
      choices.query = filter.value;
      refresh();
    },
  });
  const count = h('span', { class: 'sca-table-count', role: 'status' });
  const download = h('button', { type: 'button', class: 'sca-button sca-table-download', id: ids('table-download'), onclick: () => downloadCsv() });
  const header = h('div', { class: 'sca-table-row sca-table-header', role: 'row', 'aria-rowindex': 1 });
  const body = h('div', { class: 'sca-table-body', role: 'rowgroup' });
  const inner = h('div', { class: 'sca-table-inner' }, h('div', { role: 'rowgroup', class: 'sca-table-headgroup' }, header), body);
  const scroller = h('div', { class: 'sca-table-scroll', role: 'table', id: ids('table'), tabindex: 0 }, inner);
  const element = h('div', { class: 'sca-tableview' }, h('div', { class: 'sca-table-tools' }, filter, count, download), scroller);

  function rows(): TableRow[] {
    const state = store.get();
    return model(state.dataset, selectStateVisible(state).pairing, state.lang, choices);
  }

  function pick(row: TableRow): void {
    store.set({ selected: { side: 'cn', key: row.cnKey } });
    onPick();
  }

  function renderHeader(state: AtlasState): void {
    replaceChildren(
      header,
      TABLE_COLUMNS.map((column) => {
        const sorted = choices.column === column;
        const title = columnTitle(column, state.lang);
        return h(
          'div',
          {
            class: `sca-table-cell sca-table-col-${column}`,
            role: 'columnheader',
            'aria-sort': sorted ? (choices.direction === 'asc' ? 'ascending' : 'descending') : 'none',
          },
          h(
            'button',
            {
              type: 'button',
              class: 'sca-table-sort',
              'data-column': column,
              title: t('Table.Sort', { column: title }, state.lang),
              onclick: () => {
                choices.direction = choices.column === column && choices.direction === 'asc' ? 'desc' : 'asc';
                choices.column = column;
                refresh();
              },
            },
            title,
            sorted ? (choices.direction === 'asc' ? ' ▲' : ' ▼') : '',
          ),
        );
      }),
    );
  }

  let frame = 0;
  function renderRows(): void {
    frame = 0;
    const list = rows();
    inner.style.height = `${HEADER_HEIGHT + list.length * ROW_HEIGHT}px`;
    const range = visibleRange(scroller.scrollTop, scroller.clientHeight - HEADER_HEIGHT, ROW_HEIGHT, list.length);
    const built: HTMLElement[] = [];
    for (let i = range.first; i < range.last; i++) {
      const row = list[i]!;
      built.push(
        h(
          'div',
          {
            class: 'sca-table-row',
            role: 'row',
            tabindex: -1,
            'aria-rowindex': i + 2,
            'data-index': row.index,
            style: `top:${HEADER_HEIGHT + i * ROW_HEIGHT}px`,
            onclick: () => pick(row),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === 'Enter') pick(row);
            },
          },
          TABLE_COLUMNS.map((column) => h('div', { class: `sca-table-cell sca-table-col-${column}`, role: 'cell' }, cellText(row, column))),
        ),
      );
    }
    body.replaceChildren(...built);
  }

  function refresh(): void {
    const state = store.get();
    const lang = state.lang;
    filter.placeholder = t('Table.Filter', {}, lang);
    filter.setAttribute('aria-label', t('Table.Filter', {}, lang));
    download.textContent = t('Table.Download', {}, lang);
    scroller.setAttribute('aria-label', t('Table.Caption', {}, lang));
    const list = rows();
    scroller.setAttribute('aria-rowcount', String(list.length + 1));
    count.textContent = t('Table.Rows', { count: formatNumber(list.length, lang) }, lang);
    renderHeader(state);
    renderRows();
  }

  function downloadCsv(): void {
    const lang = store.get().lang;
    const headers = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, columnTitle(c, lang)])) as Record<TableColumn, string>;
    downloadBlob(new Blob([rowsToCsv(rows(), headers)], { type: 'text/csv;charset=utf-8' }), CSV_NAME);
  }

  scroller.addEventListener('scroll', () => {
    if (!frame) frame = requestAnimationFrame(renderRows);
  });
  scroller.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const rowsShown = [...body.querySelectorAll<HTMLElement>('[role="row"]')];
    const current = rowsShown.indexOf(document.activeElement as HTMLElement);
    const next = rowsShown[current < 0 ? 0 : current + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  const resize = new ResizeObserver(() => {
    if (isShown() && !frame) frame = requestAnimationFrame(renderRows);
  });
  resize.observe(scroller);

  const unsubscribe = store.subscribe((state, prev) => {
    if (!isShown()) return;
    if (viewChanged(state, prev)) refresh();
  });

  return {
    element,
    rowCount: () => rows().length,
    refresh,
    destroy() {
      unsubscribe();
      resize.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}

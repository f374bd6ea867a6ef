import './explore.css';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/messages';
import { FILTER_DIMENSIONS } from '../../state/filters';
import type { AtlasState } from '../../state/state';
import type { Store } from '../../state/store';
import { h } from '../dom';
import { mountSearch } from '../search/searchBox';
import type { ExploreTab, ExploreViews } from './exploreViews';

const TABS: readonly ExploreTab[] = ['filters', 'table', 'charts'];

const TAB_TITLE: Record<ExploreTab, MessageKey> = { filters: 'Explore.Filters', table: 'Explore.Table', charts: 'Explore.Charts' };

function byTab<T>(make: (tab: ExploreTab) => T): Record<ExploreTab, T> {
  return { filters: make('filters'), table: make('table'), charts: make('charts') };
}

/** What an atlas's layout gives the explore tools. */
export interface ExploreParts {
  /** The atlas's root element (`.sca-app`): the drawer opens over it, below the header. */
  app: HTMLElement;
  /** The header's buttons; the tool buttons go first, the search box before them. */
  actions: HTMLElement;
  id(name: string): string;
}

/** The mounted search box, filter panel, table and charts of one atlas. */
export interface ExploreHandle {
  /** Rows the table shows under the current window, filters and its text filter (loads the views if need be). */
  tableRows(): Promise<number>;
  /** Opens the drawer at a tab, or closes it (null). */
  open(tab: ExploreTab | null): void;
  destroy(): void;
}

/**
 * Mounts the find-and-filter tools of an atlas: the search box in the header, and the Filters, Table and
 * Charts buttons that open one drawer with those three tabs (beside the map on wide screens, over it on
 * phones and small frames). Everything renders from the store and writes to it. The drawer's views load
 * when it is first opened.
 */
export function mountExplore(parts: ExploreParts, store: Store<AtlasState>): ExploreHandle {
  const { app, actions, id } = parts;
  const header = actions.parentElement ?? app;
  const searchSlot = h('div', { class: 'sca-search-slot' });
  header.insertBefore(searchSlot, actions);
  const search = mountSearch(searchSlot, store, { id });

  let current: ExploreTab | null = null;
  let views: ExploreViews | null = null;
  let loading: Promise<ExploreViews> | null = null;
  let destroyed = false;
  const afterPick = (): void => {
    // Where the drawer hides the map (phones, small frames), a picked city is shown on the map.
    if (drawer.offsetWidth >= app.clientWidth * 0.9) open(null);
  };
  const load = (): Promise<ExploreViews> => {
    loading ??= import('./exploreViews').then(({ createExploreViews }) => {
      const made = createExploreViews(store, id, (tab) => current === tab, afterPick);
      if (destroyed) made.destroy();
      else {
        views = made;
        for (const tab of TABS) panels[tab].append(made.views[tab].element);
        if (current) made.views[current].refresh();
      }
      return made;
    });
    return loading;
  };

  const buttons = byTab((tab) =>
    h('button', {
      type: 'button',
      class: 'sca-button sca-explore-button',
      id: id(`${tab}-button`),
      'aria-expanded': 'false',
      'aria-controls': id('explore'),
      onclick: () => open(current === tab ? null : tab),
    }),
  );
  const tabs = byTab((tab) =>
    h('button', {
      type: 'button',
      role: 'tab',
      class: 'sca-explore-tab',
      id: id(`${tab}-tab`),
      'aria-controls': id(`${tab}-panel`),
      onclick: () => open(tab),
    }),
  );
  const panels = byTab((tab) =>
    h('div', {
      role: 'tabpanel',
      class: `sca-explore-panel sca-explore-${tab}`,
      id: id(`${tab}-panel`),
      'aria-labelledby': id(`${tab}-tab`),
      hidden: true,
    }),
  );
  const close = h('button', { type: 'button', class: 'sca-close sca-explore-close', onclick: () => open(null) }, '×');
  const tablist = h(
    'div',
    { role: 'tablist', class: 'sca-explore-tabs' },
    TABS.map((tab) => tabs[tab]),
  );
  const drawer = h(
    'aside',
    { class: 'sca-drawer', id: id('explore'), hidden: true },
    h('div', { class: 'sca-drawer-head' }, tablist, close),
    TABS.map((tab) => panels[tab]),
  );
  app.classList.add('sca-explore-host');
  app.append(drawer);
  actions.prepend(...TABS.map((tab) => buttons[tab]));

  function placeDrawer(): void {
    drawer.style.top = `${header.offsetTop + header.offsetHeight}px`;
  }

  function labels(state: AtlasState): void {
    const lang = state.lang;
    const active = FILTER_DIMENSIONS.reduce((sum, d) => sum + state.filters[d].length, 0);
    for (const tab of TABS) {
      const title = t(TAB_TITLE[tab], {}, lang);
      buttons[tab].textContent = tab === 'filters' && active > 0 ? t('Explore.FiltersActive', { count: active }, lang) : title;
      tabs[tab].textContent = title;
    }
    close.setAttribute('aria-label', t('Explore.Close', {}, lang));
    close.title = t('Explore.Close', {}, lang);
    drawer.setAttribute('aria-label', t('Explore.Drawer', {}, lang));
    tablist.setAttribute('aria-label', t('Explore.Drawer', {}, lang));
  }

  function open(tab: ExploreTab | null): void {
    current = tab;
    drawer.hidden = tab === null;
    app.classList.toggle('sca-drawer-open', tab !== null);
    for (const each of TABS) {
      const on = each === tab;
      buttons[each].setAttribute('aria-expanded', String(on));
      buttons[each].classList.toggle('sca-button-on', on);
      tabs[each].setAttribute('aria-selected', String(on));
      tabs[each].tabIndex = on ? 0 : -1;
      panels[each].hidden = !on;
    }
    if (tab) {
      placeDrawer();
      if (views) views.views[tab].refresh();
      else void load();
    }
  }

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && current && drawer.contains(event.target as Node)) {
      event.stopPropagation();
      const button = buttons[current];
      open(null);
      button.focus();
    }
  };
  drawer.addEventListener('keydown', onKey);
  tablist.addEventListener('keydown', (event) => {
    if (!current || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const next = TABS[(TABS.indexOf(current) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    open(next);
    tabs[next].focus();
  });
  const resize = new ResizeObserver(() => {
    if (current) placeDrawer();
  });
  resize.observe(header);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.lang !== prev.lang || state.filters !== prev.filters) labels(state);
  });
  labels(store.get());
  open(null);

  return {
    tableRows: () => load().then((loaded) => loaded.tableRows()),
    open,
    destroy() {
      destroyed = true;
      unsubscribe();
      resize.disconnect();
      search.destroy();
      views?.destroy();
      drawer.remove();
      searchSlot.remove();
      for (const tab of TABS) buttons[tab].remove();
    },
  };
}

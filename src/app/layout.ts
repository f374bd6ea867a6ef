import { h } from '../ui/dom';

/** The elements of one atlas, built inside its root. */
export interface AtlasLayout {
  app: HTMLElement;
  title: HTMLElement;
  dataset: HTMLElement;
  actions: HTMLElement;
  map: HTMLElement;
  counter: HTMLElement;
  /** The polite live region that reads the view's summary out (visually hidden). */
  announce: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
  tooltip: HTMLElement;
  message: HTMLElement;
  timeline: HTMLElement;
  /** The page-unique id of a named element of this atlas (`import-file` → `sca-import-file`). */
  id(name: string): string;
}

/**
 * The id prefix for a new atlas on `doc`: `sca-` for the page's first atlas (the ids outside checks
 * use, e.g. `#sca-timeline`), then `sca2-`, `sca3-`… Decided from the page itself, so no state is
 * kept between mounts.
 */
export function nextIdPrefix(doc: Document): string {
  if (!doc.getElementById('sca-app')) return 'sca-';
  let n = 2;
  while (doc.getElementById(`sca${n}-app`)) n++;
  return `sca${n}-`;
}

/** Builds the atlas's elements inside `root` (replacing its children): header, map area, timeline. */
export function createLayout(root: HTMLElement): AtlasLayout {
  const prefix = nextIdPrefix(root.ownerDocument);
  const id = (name: string): string => `${prefix}${name}`;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    name: string,
    className: string,
    props: Record<string, string | boolean> = {},
  ): HTMLElementTagNameMap[K] => h(tag, { id: id(name), class: className, ...props });
  const title = el('h1', 'title', 'sca-title');
  const dataset = el('span', 'dataset', 'sca-dataset');
  const actions = el('nav', 'actions', 'sca-actions');
  const map = el('div', 'map', 'sca-map');
  const counter = el('div', 'counter', 'sca-counter');
  const announce = el('div', 'announce', 'sca-sr', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const legend = el('div', 'legend', 'sca-legend');
  const panel = el('aside', 'panel', 'sca-panel', { hidden: true });
  const tooltip = el('div', 'tooltip', 'sca-tooltip', { role: 'tooltip', hidden: true });
  const message = el('div', 'message', 'sca-message', { role: 'status', hidden: true });
  const timeline = el('section', 'timeline', 'sca-timeline');
  const app = el('div', 'app', 'sca-app');
  app.append(
    h('header', { class: 'sca-header' }, h('div', { class: 'sca-brand' }, title, dataset), actions),
    h('main', { class: 'sca-main' }, map, counter, announce, legend, panel, tooltip, message),
    timeline,
  );
  root.replaceChildren(app);
  return { app, title, dataset, actions, map, counter, announce, legend, panel, tooltip, message, timeline, id };
}

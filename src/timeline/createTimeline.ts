import { select } from 'd3-selection';
import './timeline.css';
import { t } from '../i18n/t';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { h } from '../ui/dom';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { selectPool } from '../state/pool';
import { binPairings, type TimelineBins } from './bins';
import { createAnnouncer } from './announcer';
import { createYearBrush } from './brush';
import { brushPatch, displayedWindow } from './brushYears';
import { officialShareText, renderChartLegend } from './chartLegend';
import { formatChartSummary } from './chartSummary';
import { createControls } from './controls';
import { createCounter } from './counter';
import { formatCount } from './counterText';
import { createBarScales, markBars, renderBarAxes, renderBars, renderUnknownBar } from './histogram';
import { createHoverReadout } from './hover';
import { bindTimelineKeys } from './keyboard';
import { labelScale, layoutChart } from './layout';
import { createPlayer, type Player } from './player';
import { renderReference } from './reference';
import { createBrowserScheduler } from './scheduler';
import { selectViewSummary } from './viewSummary';
import { viewChanged } from '../state/viewChanged';

/** Options of `createTimeline`. */
export interface TimelineOptions {
  /** Element for the big counter over the map. */
  counter: HTMLElement;
  /** A `role="status"` element that reads the view's summary out once it settles (see `createAnnouncer`). */
  announce: HTMLElement;
  /** Last year of the axis; defaults to this year. */
  currentYear?: number;
  /** The player to drive; by default the timeline creates (and destroys) its own. */
  player?: Player;
}

/** A mounted timeline. */
export interface Timeline {
  /** The player behind the play controls (for the test hook's `play()`). */
  player: Player;
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Plot width from which the long labels (official share, official mark name) fit. */
const WIDE_PLOT = 640;

/**
 * Mounts the timeline in `container`: stacked bars per founding year coloured by partner region, the
 * "year unknown" bar, the dataset's cumulative count against the official national totals, a brush,
 * the play controls, the keyboard shortcuts, the big counter and the view's spoken summary. It
 * renders from the store and writes only to the store (through the player for play and steps).
 */
export function createTimeline(container: HTMLElement, store: Store<AtlasState>, options: TimelineOptions): Timeline {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const player = options.player ?? createPlayer(store, { currentYear, reducedMotion: prefersReducedMotion });
  const counter = createCounter(options.counter);
  const announcer = createAnnouncer(options.announce, createBrowserScheduler());
  const binsOf = (state: AtlasState): TimelineBins => binPairings({ ...state.dataset, pairings: selectPool(state).pairings }, currentYear);
  let bins: TimelineBins = binsOf(store.get());

  const pauseIfPlaying = (): void => {
    if (store.get().playing) player.pause();
  };
  const controls = createControls({
    togglePlay: () => player.toggle(),
    stepBack: () => player.stepBack(),
    stepForward: () => player.stepForward(),
    setSpeed: (speed) => store.set({ speed }),
    toggleLoop: () => store.set({ loop: !store.get().loop }),
    setMode(mode) {
      pauseIfPlaying();
      const { yearFrom, yearTo } = store.get();
      store.set({ mode, yearFrom: Math.min(yearFrom, yearTo) });
    },
    setIncludeUnknown: (includeUnknown) => store.set({ includeUnknown }),
    reset() {
      pauseIfPlaying();
      store.set({ mode: 'cumulative', yearFrom: bins.extent.first, yearTo: bins.extent.last, includeUnknown: true });
    },
  });

  const legend = h('div', { class: 'sca-tl-legend' });
  // The chart's key help and text alternative, named after the container so that two atlases on a page keep distinct ids.
  const helpId = `${container.id || 'sca-timeline'}-help`;
  const help = h('span', { class: 'sca-tl-sr', id: helpId });
  const summaryId = `${container.id || 'sca-timeline'}-summary`;
  const summary = h('span', { class: 'sca-tl-sr', id: summaryId });
  const message = h('div', { class: 'sca-tl-message', role: 'status' });
  const share = h('div', { class: 'sca-tl-share' });
  const note = h('div', { class: 'sca-tl-note' });
  const caption = h('div', { class: 'sca-tl-caption' }, share, note);
  const chart = h('div', { class: 'sca-tl-chart', tabindex: 0, role: 'slider', 'aria-describedby': `${summaryId} ${helpId}` }, summary, help, message, caption);
  const svgNode = document.createElementNS(SVG_NS, 'svg');
  chart.prepend(svgNode);
  container.classList.add('sca-timeline');
  container.replaceChildren(h('div', { class: 'sca-tl-head' }, controls.element, legend), chart);

  const svg = select(svgNode).attr('class', 'sca-tl-svg');
  const plot = svg.append('g').attr('class', 'sca-tl-plot');
  const yAxis = plot.append('g').attr('class', 'sca-tl-axis sca-tl-axis-y');
  const bars = plot.append('g').attr('class', 'sca-tl-bars');
  const unknown = plot.append('g').attr('class', 'sca-tl-unknown');
  const xAxis = plot.append('g').attr('class', 'sca-tl-axis sca-tl-axis-x');
  const brushGroup = plot.append('g').attr('class', 'sca-tl-brush');
  const reference = plot.append('g').attr('class', 'sca-tl-reference');
  const cumAxis = plot.append('g').attr('class', 'sca-tl-axis sca-tl-axis-cum');
  const hover = createHoverReadout(plot.append('g').attr('class', 'sca-tl-hover'));

  const brush = createYearBrush(brushGroup, {
    onBrush(range) {
      pauseIfPlaying();
      store.set(brushPatch(range, store.get().mode, bins.extent));
    },
    onClickYear(year) {
      pauseIfPlaying();
      store.set(store.get().mode === 'cumulative' ? { yearTo: year } : { yearFrom: year, yearTo: year });
    },
  });
  unknown.on('click', () => store.set({ includeUnknown: !store.get().includeUnknown }));
  svg.on('pointermove', (event: PointerEvent) => hover.track(event)).on('pointerleave', () => hover.hide());

  function applyWindow(state: AtlasState): void {
    const window = displayedWindow(state, bins.extent);
    markBars(bars, window, state.growYear);
    brush.show(bins.extent.hasDated ? window : null);
    unknown.classed('sca-tl-excluded', !state.includeUnknown);
    // In cumulative mode a drag anywhere draws a new window; in range mode the window can be slid, unless
    // it spans every year (as right after choosing "Founded in range"), where a drag draws the range.
    const whole = window !== null && window.from <= bins.extent.first && window.to >= bins.extent.last;
    brushGroup.classed('sca-tl-brush-cumulative', state.mode === 'cumulative' || whole);
    chart.setAttribute('aria-valuemin', String(bins.extent.first));
    chart.setAttribute('aria-valuemax', String(bins.extent.last));
    chart.setAttribute('aria-valuenow', String(Math.min(bins.extent.last, Math.max(bins.extent.first, state.yearTo))));
    container.dataset.yearFrom = String(state.yearFrom);
    container.dataset.yearTo = String(state.yearTo);
    container.dataset.mode = state.mode;
    container.dataset.includeUnknown = String(state.includeUnknown);
    container.dataset.playing = String(state.playing);
    counter.render(state, bins.extent.last);
    announcer.update(() => selectViewSummary(state), state.playing);
    chart.setAttribute('aria-valuetext', options.counter.querySelector('.sca-counter-main')?.textContent ?? '');
  }

  function draw(state: AtlasState): void {
    // The official totals count every tie in the country: beside a filtered pool or one city's ties they would mislead.
    const totals = selectPool(state).mask ? [] : state.dataset.totals;
    const { width, height } = chart.getBoundingClientRect();
    const layout = layoutChart(width, height, labelScale(Number.parseFloat(getComputedStyle(container).fontSize)));
    const scales = createBarScales(bins, layout);
    const lang = state.lang;
    svg.attr('width', layout.width).attr('height', layout.height).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    plot.attr('transform', `translate(${layout.plot.left},${layout.plot.top})`);
    renderBars(bars, bins, scales);
    renderBarAxes(xAxis, yAxis, bins, scales, layout, lang);
    renderUnknownBar(unknown, bins, scales, layout, lang);
    renderReference(reference, cumAxis, bins, totals, scales, layout, lang, layout.plot.width >= WIDE_PLOT);
    renderChartLegend(legend, bins, totals, lang);
    share.textContent = officialShareText(bins, totals, lang);
    // Too long for a narrow plot, where it would cover the bars; the legend and marks remain.
    share.hidden = share.textContent === '' || layout.plot.width < WIDE_PLOT;
    caption.style.left = `${layout.plot.left + 6}px`;
    caption.style.top = `${layout.plot.top + 2}px`;
    hover.configure(bins, scales, layout, lang);
    brush.configure(scales.x, layout, bins.extent);
    chart.setAttribute('aria-label', t('Timeline.Chart', {}, lang));
    help.textContent = t('Timeline.ChartHelp', {}, lang);
    message.textContent = bins.extent.hasDated ? '' : t(bins.total === 0 ? 'Timeline.Empty' : 'Timeline.NoDated', {}, lang);
    message.hidden = bins.extent.hasDated;
    const outside = bins.outside.below + bins.outside.above + bins.outside.invalid;
    note.textContent =
      outside > 0 ? t('Timeline.OutsideAxis', { count: formatCount(outside, lang), first: bins.extent.first, last: bins.extent.last }, lang) : '';
    note.hidden = outside === 0;
    summary.textContent = [formatChartSummary(bins, lang), share.textContent, note.textContent].filter(Boolean).join(' ');
    controls.update(state);
    applyWindow(state);
  }

  let frame = 0;
  let lastSize = '';
  const resize = new ResizeObserver(() => {
    const { width, height } = chart.getBoundingClientRect();
    const size = `${Math.round(width)}x${Math.round(height)}`;
    if (size === lastSize) return;
    lastSize = size;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => draw(store.get()));
  });
  resize.observe(chart);

  /**
   * A new dataset is binned, then drawn, each in a task of its own after the map has taken it: with
   * 100,000 ties each costs a good part of the 200 ms budget of one task. Changes until then are
   * drawn with it.
   */
  let datasetTimer = 0;
  const unsubscribe = store.subscribe((state, previous) => {
    if (datasetTimer) return;
    if (state.dataset !== previous.dataset || state.datasetVersion !== previous.datasetVersion) {
      datasetTimer = window.setTimeout(() => {
        const binned = store.get();
        bins = binsOf(binned);
        datasetTimer = window.setTimeout(() => {
          datasetTimer = 0;
          if (viewChanged(store.get(), binned)) bins = binsOf(store.get());
          draw(store.get());
        }, 0);
      }, 0);
      return;
    }
    if (state.filters !== previous.filters || state.home !== previous.home || state.sub !== previous.sub || state.selected !== previous.selected) {
      bins = binsOf(state);
      draw(state);
      return;
    }
    if (state.lang !== previous.lang) {
      draw(state);
      return;
    }
    if (
      state.playing !== previous.playing ||
      state.speed !== previous.speed ||
      state.loop !== previous.loop ||
      state.mode !== previous.mode ||
      state.includeUnknown !== previous.includeUnknown
    ) {
      controls.update(state);
    }
    if (
      state.yearFrom !== previous.yearFrom ||
      state.yearTo !== previous.yearTo ||
      state.mode !== previous.mode ||
      state.includeUnknown !== previous.includeUnknown ||
      state.growYear !== previous.growYear ||
      state.playing !== previous.playing
    ) {
      applyWindow(state);
    }
  });
  const unbindKeys = bindTimelineKeys(container, player);
  draw(store.get());

  return {
    player,
    destroy() {
      unsubscribe();
      unbindKeys();
      announcer.destroy();
      resize.disconnect();
      cancelAnimationFrame(frame);
      window.clearTimeout(datasetTimer);
      if (!options.player) player.destroy();
      container.replaceChildren();
      options.counter.replaceChildren();
      options.announce.replaceChildren();
    },
  };
}

import { brushX, type D3BrushEvent } from 'd3-brush';
import type { ScaleLinear } from 'd3-scale';
import { pointer } from 'd3-selection';
import type { YearExtent } from './bins';
import { selectionToYears, type YearRange } from './brushYears';
import type { Group } from './histogram';
import type { ChartLayout } from './layout';

/** Pixels a pointer may move between press and release and still count as a click. */
const CLICK_SLOP = 3;

function clientX(event: unknown): number {
  if (event instanceof MouseEvent) return event.clientX;
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.changedTouches[0]?.clientX ?? 0;
  return 0;
}

/** What the user did with the brush. */
export interface YearBrushHandlers {
  /** The user dragged a selection; `done` is true when the drag has ended. */
  onBrush(range: YearRange, done: boolean): void;
  /** The user clicked a year without dragging (on a bar, the selection or the empty plot). */
  onClickYear(year: number): void;
}

/** A horizontal brush over the year bars whose selection snaps to whole years. */
export interface YearBrush {
  /** Fits the brush to new scales and axis years (after a resize or a new dataset). */
  configure(x: ScaleLinear<number, number>, layout: ChartLayout, extent: YearExtent): void;
  /** Shows a window as the selection, unless the user is dragging; emits nothing to the handlers. */
  show(window: YearRange | null): void;
}

/** Creates the brush in `group`. Events without a `sourceEvent` are the brush's own echoes and are ignored. */
export function createYearBrush(group: Group, handlers: YearBrushHandlers): YearBrush {
  let x: ScaleLinear<number, number> | null = null;
  let extent: YearExtent | null = null;
  let dragging = false;
  let startX = 0;
  let shown: YearRange | null = null;

  // d3's handles are wide, invisible hit areas; these pills show where they are without hiding a bar.
  const grips = group.append('g').attr('class', 'sca-tl-grips').attr('pointer-events', 'none');
  let height = 0;
  const placeGrips = (selection: [number, number] | null): void => {
    grips
      .selectAll('rect')
      .data(selection ?? [])
      .join('rect')
      .attr('x', (d) => d - 2.5)
      .attr('y', Math.max(0, height / 2 - 14))
      .attr('width', 5)
      .attr('height', Math.min(28, height))
      .attr('rx', 2.5);
  };

  const toYears = (selection: [number, number]): YearRange | null =>
    x && extent ? selectionToYears(x.invert(selection[0]), x.invert(selection[1]), extent) : null;

  const brush = brushX<unknown>()
    .handleSize(8)
    .on('start', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      dragging = true;
      startX = clientX(event.sourceEvent);
    })
    .on('brush', (event: D3BrushEvent<unknown>) => {
      placeGrips(event.selection as [number, number] | null);
      if (!event.sourceEvent || !event.selection) return;
      const range = toYears(event.selection as [number, number]);
      if (range) handlers.onBrush(range, false);
    })
    .on('end', (event: D3BrushEvent<unknown>) => {
      placeGrips(event.selection as [number, number] | null);
      if (!event.sourceEvent) return;
      dragging = false;
      const moved = Math.abs(clientX(event.sourceEvent) - startX) >= CLICK_SLOP;
      if (event.selection && moved) {
        const range = toYears(event.selection as [number, number]);
        if (range) handlers.onBrush(range, true);
        show(shown);
        return;
      }
      const node = group.node();
      if (!x || !extent || !node) return;
      const [px] = pointer(event.sourceEvent, node);
      const year = Math.round(x.invert(px));
      if (year >= extent.first && year <= extent.last) handlers.onClickYear(year);
      show(shown);
    });

  function show(window: YearRange | null): void {
    shown = window;
    if (dragging || !x) return;
    brush.move(group, window ? [x(window.from - 0.5), x(window.to + 0.5)] : null);
  }

  return {
    configure(scale, layout, years) {
      x = scale;
      extent = years;
      height = layout.plot.height;
      brush.extent([
        [0, 0],
        [layout.plot.width, layout.plot.height],
      ]);
      group.call(brush);
      grips.raise();
      show(shown);
    },
    show,
  };
}

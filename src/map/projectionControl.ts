/**
 * A map control that switches between the globe and the flat (Mercator) map. It owns no state:
 * it reads the current projection through a getter and reports clicks through `onToggle`, and the
 * store decides.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import type { AtlasProjection } from './createMap';
import './projectionControl.css';

/** Options of {@link createProjectionControl}. */
export interface ProjectionControlOptions {
  /** The projection the map shows now. */
  projection: () => AtlasProjection;
  /** The UI language now. */
  lang: () => Lang;
  /** Called with the projection a click asks for. */
  onToggle: (next: AtlasProjection) => void;
}

/** The control, with a way to redraw it after its inputs changed outside the map. */
export interface ProjectionControl extends IControl {
  /** Redraws the label and tooltip from the current projection and language (call it when the language changes). */
  update(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 16-px line icon: a globe (meridians and equator) or a flat map (a framed grid). */
function icon(kind: AtlasProjection): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'sca-projection-icon');
  const shapes: [string, Record<string, string>][] =
    kind === 'globe'
      ? [
          ['circle', { cx: '8', cy: '8', r: '6.5' }],
          ['ellipse', { cx: '8', cy: '8', rx: '3', ry: '6.5' }],
          ['path', { d: 'M1.5 8h13M2.6 4.6h10.8M2.6 11.4h10.8' }],
        ]
      : [
          ['rect', { x: '1.5', y: '3', width: '13', height: '10', rx: '1' }],
          ['path', { d: 'M1.5 8h13M5.8 3v10M10.2 3v10' }],
        ];
  for (const [tag, attrs] of shapes) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    svg.appendChild(el);
  }
  return svg;
}

/**
 * Creates the globe / flat toggle. The button shows what a click switches to. It redraws itself
 * when the map's projection changes and when its owner calls `update()`.
 */
export function createProjectionControl(opts: ProjectionControlOptions): ProjectionControl {
  const container = document.createElement('div');
  container.className = 'maplibregl-ctrl maplibregl-ctrl-group sca-projection-control';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sca-projection-toggle';
  const label = document.createElement('span');
  label.className = 'sca-projection-label';
  container.appendChild(button);

  let map: MapLibreMap | null = null;

  function update(): void {
    const next: AtlasProjection = opts.projection() === 'globe' ? 'mercator' : 'globe';
    const lang = opts.lang();
    label.textContent = t(next === 'globe' ? 'Map.ToGlobe' : 'Map.ToFlat', {}, lang);
    const title = t(next === 'globe' ? 'Map.ToGlobeTitle' : 'Map.ToFlatTitle', {}, lang);
    // The visible label is the accessible name (WCAG 2.5.3, label in name); the title describes it.
    button.title = title;
    button.dataset.next = next;
    button.replaceChildren(icon(next), label);
  }

  button.addEventListener('click', () => {
    opts.onToggle(opts.projection() === 'globe' ? 'mercator' : 'globe');
  });

  return {
    onAdd(added: MapLibreMap): HTMLElement {
      map = added;
      map.on('projectiontransition', update);
      update();
      return container;
    },
    onRemove(): void {
      map?.off('projectiontransition', update);
      map = null;
      container.remove();
    },
    update,
  };
}

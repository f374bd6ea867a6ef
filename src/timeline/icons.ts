const SVG_NS = 'http://www.w3.org/2000/svg';

/** The icons of the play controls, as SVG path data on a 16 × 16 grid. */
const PATHS = {
  play: 'M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.2-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z',
  pause: 'M4 2.5h2.6v11H4zM9.4 2.5H12v11H9.4z',
  stepBack: 'M3 3h2v10H3zM13 3.3v9.4a.5.5 0 0 1-.8.4L6 8.4a.5.5 0 0 1 0-.8l6.2-4.7a.5.5 0 0 1 .8.4z',
  stepForward: 'M11 3h2v10h-2zM3 3.3v9.4a.5.5 0 0 0 .8.4L10 8.4a.5.5 0 0 0 0-.8L3.8 2.9a.5.5 0 0 0-.8.4z',
  loop: 'M3.5 7.2A4.5 4.5 0 0 1 11.3 4H9.5V2.5h4.3v4.3h-1.5V5.2A3 3 0 0 0 5 7.3zM12.5 8.8A4.5 4.5 0 0 1 4.7 12h1.8v1.5H2.2V9.2h1.5v1.6A3 3 0 0 0 11 8.7z',
  reset: 'M8 2.5a5.5 5.5 0 1 1-5.3 7h1.6A4 4 0 1 0 5.2 5.2L7 7H2.5V2.5l1.6 1.6A5.5 5.5 0 0 1 8 2.5z',
} as const;

/** Name of a control icon. */
export type IconName = keyof typeof PATHS;

/** An inline SVG icon, hidden from assistive technology (its button carries the label). */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'sca-tl-icon');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}

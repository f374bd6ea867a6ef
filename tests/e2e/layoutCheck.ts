/**
 * Runs in the page: every visible element inside the viewport, no page scrollbars, nothing over the map's
 * controls and no header text under its buttons. Returns one line per problem ('' when none).
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  const height = window.innerHeight;
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > width + 1 || page.scrollHeight > height + 1) problems.push(`page scrolls: ${page.scrollWidth}×${page.scrollHeight}`);
  const visible = (el: Element): boolean => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && style.clipPath === 'none';
  };
  const name = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''}`;
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || el.closest('[hidden], .sca-tl-sr')) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -1 || r.top < -1 || r.right > width + 1 || r.bottom > height + 1) {
      problems.push(`${name(el)} sticks out: ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
  }
  const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const all = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => visible(el) && !el.closest('[hidden]'));
  const controls = all('.maplibregl-ctrl, .sca-legend-toggle');
  const overlays = all('.sca-counter, .sca-legend, .sca-message');
  for (const control of controls) {
    for (const other of [...overlays, ...controls]) {
      if (other === control || other.contains(control) || control.contains(other)) continue;
      if (overlap(control.getBoundingClientRect(), other.getBoundingClientRect())) problems.push(`${name(other)} overlaps ${name(control)}`);
    }
  }
  const headerButtons = all('.sca-header button, .sca-header a');
  for (const text of all('.sca-title, .sca-dataset')) {
    for (const button of headerButtons) {
      if (overlap(text.getBoundingClientRect(), button.getBoundingClientRect())) problems.push(`${name(text)} overlaps ${name(button)}`);
    }
  }
  return problems;
}

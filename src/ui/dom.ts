/** Attributes and event handlers for `h()`. Values are set as properties or attributes, never as HTML. */
export type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

/** A child of `h()`: an element, text (inserted as a text node, never parsed as HTML), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element. Strings become text nodes, so text from data can never inject markup.
 * `on*` props become event listeners; `style` is set through the CSSOM (`el.style.cssText`, which a
 * content security policy without 'unsafe-inline' styles allows); `class`, `aria-*`, `data-*` and
 * other props become attributes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'style') el.style.cssText = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of an element. */
export function replaceChildren(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

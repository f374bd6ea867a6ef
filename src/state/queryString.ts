/**
 * The query-string syntax of the atlas URL, below the meaning of any parameter: `name=value` pairs
 * split on `&`, values percent-encoded, list values split on literal commas before decoding (so an item
 * may hold an encoded comma, `%2C`). Pure string functions that never throw.
 */

/** One raw `name=value` pair, value still encoded. */
export interface RawParam {
  name: string;
  value: string;
}

/** Decodes a percent-encoded component (`+` is a space), or returns null when it is malformed. */
export function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a query string (with or without its leading `?`) into pairs, first occurrence of a name winning.
 * Names that cannot be decoded are skipped.
 */
export function splitQuery(search: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = search.startsWith('?') ? search.slice(1) : search;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    if (name === null || params.has(name)) continue;
    params.set(name, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

/** Characters left readable in values: they need no escaping inside a query value. */
const READABLE = /%(2C|3A|2F|40)/gi;

function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Encodes one value for the query string, keeping `,` `:` `/` `@` readable (`camera=120.3,31.5,4`). */
export function encodeValue(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(READABLE, (hex) => decodeURIComponent(hex));
}

/** Encodes one item of a comma-separated list: like `encodeValue`, but a comma inside it stays `%2C`. */
export function encodeItem(text: string): string {
  return encodeValue(text).replace(/,/g, '%2C');
}

/** Joins pairs into a query string with its leading `?`, or '' when there are none. */
export function joinQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

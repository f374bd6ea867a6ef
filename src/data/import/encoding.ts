/**
 * Text encodings of imported files: detection from the bytes and decoding with `TextDecoder`
 * (browsers and Node's full ICU both decode GB18030, which also covers GBK and GB2312).
 */

/** Encodings the importer reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Every encoding the user can choose, in menu order. */
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** The byte-order mark an encoding may start with, and its length. */
function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  const [a, b, c] = bytes;
  if (encoding === 'utf-8' && a === 0xef && b === 0xbb && c === 0xbf) return 3;
  if (encoding === 'utf-16le' && a === 0xff && b === 0xfe) return 2;
  if (encoding === 'utf-16be' && a === 0xfe && b === 0xff) return 2;
  return 0;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes or characters sampled by the heuristics. */
const SAMPLE = 1 << 16;

/**
 * UTF-16 without a BOM: text in Latin script has a zero byte in every other position. Returns the
 * byte order whose zero bytes dominate, or null.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Detects the encoding of a text file: a byte-order mark decides first; then UTF-16 without a BOM
 * is recognised by its zero bytes; then a file whose bytes are all valid UTF-8 is UTF-8 (pure ASCII
 * included; real GBK text almost never is); anything else is read as GB18030, the superset of GBK
 * and GB2312 that Chinese spreadsheets export. Binary data is caught after decoding (`garbageShare`).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
    if (bomLength(bytes, encoding) > 0) return encoding;
  }
  const order = utf16Order(bytes);
  if (order) return order;
  return isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/**
 * Decodes bytes as text in the given encoding, without its byte-order mark. Undecodable bytes
 * become U+FFFD, which `garbageShare` counts.
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  const skip = bomLength(bytes, encoding);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(skip > 0 ? bytes.subarray(skip) : bytes);
}

/**
 * Share of characters in the first 64k of decoded text that are replacement characters or control
 * characters other than tab, line feed and carriage return: near 0 for text, high for binary data.
 */
export function garbageShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) bad++;
  }
  return bad / n;
}

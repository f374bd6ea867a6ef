/** The largest input an import accepts: beyond it a browser tab runs out of memory while parsing. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/** The most lines an import accepts (3 million ties is about 100 times the largest known list). */
export const MAX_IMPORT_ROWS = 3_000_000;

/**
 * The number of lines in text bytes, counted without decoding (a line feed is byte 0x0a in UTF-8,
 * GB18030 and both UTF-16 byte orders). Stops counting once `limit` is passed.
 */
export function countLines(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  let lines = bytes.length > 0 ? 1 : 0;
  let at = bytes.indexOf(0x0a);
  while (at !== -1 && lines <= limit) {
    if (at < bytes.length - 1) lines++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return lines;
}

/** A size in megabytes for messages: `312.5 MB`. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

import { decodeBytes, detectEncoding, garbageShare, type TextEncoding } from './encoding';
import { flowmapToTable, isFlowsTable, isLocationsTable } from './flowmap';
import { geojsonToTable } from './geojson';
import { cellText } from './geojsonValues';
import { countLines, formatMegabytes, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { parseDelimited, type OnProgress, type Table } from './table';

/** A file as the importer receives it. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Why input could not be read at all. The UI translates each code; `detail` is shown verbatim. */
export type ReadErrorCode =
  | 'empty'
  | 'spreadsheet'
  | 'pdf'
  | 'image'
  | 'binary'
  | 'json-invalid'
  | 'json-no-features'
  | 'no-rows'
  | 'one-column'
  | 'flowmap-pair'
  | 'too-many-files'
  | 'too-large'
  | 'too-many-rows';

/** A read failure. */
export interface ReadError {
  code: ReadErrorCode;
  detail: string;
}

/** The outcome of reading input: a table with the encoding used, or an error. */
export type ReadResult = { ok: true; table: Table; encoding: TextEncoding } | { ok: false; error: ReadError };

function fail(code: ReadErrorCode, detail = ''): ReadResult {
  return { ok: false, error: { code, detail } };
}

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** A file type known by its first bytes that is not text. */
function sniffBinary(bytes: Uint8Array): ReadErrorCode | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'spreadsheet';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'image';
  return null;
}

/** An array of plain JSON objects as a table, keys as headers. */
function recordsTable(json: unknown[]): Table | null {
  const objects = json.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item));
  if (objects.length === 0 || objects.some((item) => item.type === 'Feature')) return null;
  const headers = [...new Set(objects.flatMap((item) => Object.keys(item)))];
  const rows = objects.map((item) => headers.map((key) => cellText(item[key])));
  return { format: 'csv', headers, rows, rowNumbers: rows.map((_, i) => i + 1), unreadable: [], delimiter: '' };
}

function readJson(text: string): ReadResult | Table {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('json-invalid', error instanceof Error ? error.message : String(error));
  }
  const table = geojsonToTable(json) ?? (Array.isArray(json) ? recordsTable(json) : null);
  return table ?? fail('json-no-features');
}

function looksLikeJson(name: string, text: string): boolean {
  return /\.(geo)?json$/i.test(name) || /^\s*[[{]/.test(text);
}

/**
 * Decodes one file and reads it as a table: GeoJSON (or a JSON array of records) by its extension
 * or a leading `{` / `[`, CSV/TSV otherwise. Spreadsheets, PDFs, images and other binary data are
 * refused with their own code, before any parsing.
 */
function readOne(file: SourceFile, encoding: TextEncoding, onProgress: OnProgress): ReadResult | Table {
  if (file.bytes.length === 0) return fail('empty', file.name);
  const binary = sniffBinary(file.bytes);
  if (binary) return fail(binary, file.name);
  const text = decodeBytes(file.bytes, encoding);
  if (garbageShare(text) > 0.02) return fail('binary', file.name);
  if (text.trim() === '') return fail('empty', file.name);
  if (looksLikeJson(file.name, text)) return readJson(text);
  return parseDelimited(text, onProgress);
}

/**
 * Reads the input files into one table: a single CSV, TSV or GeoJSON file, or a FlowmapBlue pair
 * (a locations file and a flows file, in either order). The encoding is detected from the first
 * file's bytes unless `override` is given. Input over `MAX_IMPORT_BYTES` or `MAX_IMPORT_ROWS` lines is
 * refused before it is decoded. Never throws: bad input returns a `ReadError`.
 */
export function readSources(files: readonly SourceFile[], override: TextEncoding | null, onProgress: OnProgress = () => {}): ReadResult {
  const [first] = files;
  if (!first) return fail('empty');
  if (files.length > 2) return fail('too-many-files', String(files.length));
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (bytes > MAX_IMPORT_BYTES) return fail('too-large', formatMegabytes(bytes));
  const lines = files.reduce((sum, file) => sum + countLines(file.bytes, MAX_IMPORT_ROWS), 0);
  if (lines > MAX_IMPORT_ROWS) return fail('too-many-rows', String(lines));
  const encoding = override ?? detectEncoding(first.bytes);
  const tables: Table[] = [];
  for (const [i, file] of files.entries()) {
    const result = readOne(file, override ?? (i === 0 ? encoding : detectEncoding(file.bytes)), (done) => onProgress((i + done) / files.length));
    if ('ok' in result) return result;
    tables.push(result);
  }
  let table = tables[0]!;
  if (tables.length === 2) {
    const [a, b] = tables as [Table, Table];
    if (isLocationsTable(a) && isFlowsTable(b)) table = flowmapToTable(a, b);
    else if (isLocationsTable(b) && isFlowsTable(a)) table = flowmapToTable(b, a);
    else return fail('flowmap-pair', files.map((file) => file.name).join(', '));
  }
  if (table.rows.length === 0 && table.unreadable.length === 0) return fail('no-rows');
  if (table.headers.length < 2) return fail('one-column', table.headers[0] ?? '');
  return { ok: true, table, encoding };
}

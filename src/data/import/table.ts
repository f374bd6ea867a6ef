import Papa from 'papaparse';

/** The layouts the importer reads. */
export type SourceFormat = 'csv' | 'geojson' | 'flowmap';

/**
 * Any imported file as a table of text cells: CSV as it is, GeoJSON and FlowmapBlue files
 * converted to rows with readable headers. `rowNumbers[i]` is the row the user sees in their file
 * (the spreadsheet row for CSV, header = 1; the feature or flow number otherwise).
 */
export interface Table {
  format: SourceFormat;
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  /** Rows that could not even be read as pairings (bad GeoJSON feature, unknown flow location). */
  unreadable: UnreadableRow[];
  /** The delimiter papaparse found, for CSV. */
  delimiter: string;
}

/** Why a source row did not become a table row. */
export type UnreadableReason =
  | 'feature-not-a-line-or-point'
  | 'feature-coordinates-invalid'
  | 'partner-reference-not-found'
  | 'location-id-not-found'
  | 'row-empty';

/** A source row the converter could not use, with the row number the user sees. */
export interface UnreadableRow {
  row: number;
  reason: UnreadableReason;
  detail: string;
}

/** Progress callback: a share of the work done, 0 to 1. */
export type OnProgress = (done: number) => void;

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter of the first lines, guessed by papaparse with blank lines ignored (a short file guesses well too). */
function guessDelimiter(text: string): string {
  const head = Papa.parse<string[]>(text.slice(0, 1 << 16), { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  return head.meta.delimiter || ',';
}

/**
 * Parses CSV or TSV text (papaparse guesses the delimiter among , ; tab and |) into a table: the
 * first non-blank line is the header, blank lines are skipped but keep the numbering, and cells
 * are trimmed. Parses in 1 MB chunks and reports progress after each.
 */
export function parseDelimited(text: string, onProgress: OnProgress = () => {}): Table {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let headers: string[] | null = null;
  let record = 0;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk(results: Papa.ParseResult<string[]>) {
      for (const raw of results.data) {
        record++;
        const row = raw.map((cell) => cell.trim());
        if (isBlank(row)) continue;
        if (headers === null) headers = row;
        else {
          rows.push(row);
          rowNumbers.push(record);
        }
      }
      onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
    complete() {
      onProgress(1);
    },
  });
  return { format: 'csv', headers: headers ?? [], rows, rowNumbers, unreadable: [], delimiter };
}

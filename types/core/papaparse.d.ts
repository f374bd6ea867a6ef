/**
 * The part of papaparse's API the pure core uses, for tsconfig.core.json. @types/papaparse starts with
 * `/// <reference types="node" />`, which would bring Node's globals (fetch, URL, Buffer, timers) into
 * the core check and hide the very uses it exists to catch.
 */
declare module 'papaparse' {
  namespace Papa {
    /** Where parsing stopped and what it found. */
    interface ParseMeta {
      delimiter: string;
      linebreak: string;
      aborted: boolean;
      truncated: boolean;
      cursor: number;
    }

    /** One problem papaparse met in the input. */
    interface ParseError {
      type: string;
      code: string;
      message: string;
      row?: number;
    }

    /** The rows of one parse or one chunk. */
    interface ParseResult<T> {
      data: T[];
      errors: ParseError[];
      meta: ParseMeta;
    }

    /** Options of a parse from a string. */
    interface ParseConfig<T> {
      delimiter?: string;
      delimitersToGuess?: string[];
      header?: boolean;
      preview?: number;
      skipEmptyLines?: boolean | 'greedy';
      chunkSize?: number;
      chunk?(results: ParseResult<T>): void;
      complete?(): void;
    }

    /** Options of `unparse`. */
    interface UnparseConfig {
      newline?: string;
    }

    /** Parses delimited text synchronously. */
    function parse<T>(input: string, config?: ParseConfig<T>): ParseResult<T>;

    /** Writes rows as delimited text. */
    function unparse(data: { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;
  }

  export default Papa;
}

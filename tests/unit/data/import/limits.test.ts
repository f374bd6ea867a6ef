import { describe, expect, it } from 'vitest';
import { countLines, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../src/data/import/limits';
import { readSources } from '../../../../src/data/import/readSources';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('countLines', () => {
  it('countLines(bytes) counts a last line without a line feed, and none for an empty file', () => {
    expect([countLines(bytes('')), countLines(bytes('a')), countLines(bytes('a\nb')), countLines(bytes('a\nb\n')), countLines(bytes('a\r\nb\r\n\n'))]).toEqual([
      0, 1, 2, 2, 3,
    ]);
  });

  it('countLines(bytes, limit) stops once it is past the limit', () => {
    expect(countLines(bytes('\n'.repeat(1000)), 10)).toBe(11);
  });
});

describe('readSources with input beyond what a tab can hold', () => {
  it('readSources refuses more than 3 million lines before parsing them', () => {
    const lines = new Uint8Array(MAX_IMPORT_ROWS + 10).fill(0x0a);
    lines.set(bytes('a,b'), 0);
    const result = readSources([{ name: 'big.csv', bytes: lines }], null);
    expect(result.ok ? null : result.error.code).toBe('too-many-rows');
  });

  it('readSources refuses files over 300 MB together', () => {
    const half = new Uint8Array(MAX_IMPORT_BYTES / 2 + 1);
    const result = readSources(
      [
        { name: 'a.csv', bytes: half },
        { name: 'b.csv', bytes: half },
      ],
      null,
    );
    expect(result.ok ? null : result.error).toEqual({ code: 'too-large', detail: '300.0 MB' });
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decimalYear } from '../../../src/data/decimalYear';
import { parseNotesTable, parseOfficialTotals } from '../../../scripts/officialTotals';

describe('decimalYear', () => {
  it('decimalYear reads a bare year as its start', () => {
    expect(decimalYear('1978')).toBe(1978);
  });

  it('decimalYear counts months as twelfths', () => {
    expect(decimalYear('2015-06')).toBe(2015.42);
  });

  it('decimalYear places a day inside its month', () => {
    expect(decimalYear('2024-11-19')).toBe(2024.88);
  });

  it('decimalYear rejects impossible dates and other text', () => {
    expect([decimalYear('2015-02-29'), decimalYear('2015-13'), decimalYear('mid-2015')]).toEqual([null, null, null]);
  });
});

const NATIONAL = () => ({ kind: 'national' as const, code: '' });
const NOTES = (note: string): string | null => (note === 'n' ? '注' : null);

describe('parseOfficialTotals', () => {
  const row = { scope: 'China', as_of: '2024-11-19', pairs: '3054', countries: '147', source_url: 'u', note: 'n' };

  it('parseOfficialTotals reads a full row', () => {
    expect(parseOfficialTotals([row], NATIONAL, () => {}, NOTES)).toEqual([
      {
        scope: 'China',
        scopeKind: 'national',
        scopeCode: '',
        asOf: '2024-11-19',
        asOfYear: 2024.88,
        pairs: 3054,
        countries: 147,
        url: 'u',
        note: 'n',
        noteZh: '注',
      },
    ]);
  });

  it('parseOfficialTotals keeps a row without counts, with nulls and no warning', () => {
    const warnings: string[] = [];
    const [total] = parseOfficialTotals([{ ...row, pairs: '', countries: '' }], NATIONAL, (w) => warnings.push(w), NOTES);
    expect([total?.pairs, total?.countries, warnings]).toEqual([null, null, []]);
  });

  it('parseOfficialTotals skips a row whose as_of is not a date, with a warning', () => {
    const warnings: string[] = [];
    expect(parseOfficialTotals([{ ...row, as_of: 'soon' }], NATIONAL, (w) => warnings.push(w), NOTES)).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});

describe('the Chinese notes of official totals', () => {
  const row = { scope: 'China', as_of: '2024', pairs: '1', countries: '', source_url: '', note: 'unknown note' };

  it('parseOfficialTotals keeps a note without a translation, with noteZh empty and a warning', () => {
    const warnings: string[] = [];
    const [total] = parseOfficialTotals([row], NATIONAL, (w) => warnings.push(w), NOTES);
    expect([total?.note, total?.noteZh]).toEqual(['unknown note', '']);
    expect(warnings).toEqual([expect.stringMatching(/no Chinese translation/)]);
  });

  it('parseOfficialTotals asks no translation of an empty note', () => {
    const warnings: string[] = [];
    const [total] = parseOfficialTotals([{ ...row, note: '' }], NATIONAL, (w) => warnings.push(w), NOTES);
    expect([total?.noteZh, warnings]).toEqual(['', []]);
  });

  it('parseNotesTable reads English notes to Chinese and rejects a repeated note or a wrong header', () => {
    expect(parseNotesTable('noteEn\tnoteZh\nCIFCA data\t中国国际友好城市联合会数据\n').get('CIFCA data')).toBe('中国国际友好城市联合会数据');
    expect(() => parseNotesTable('noteEn\tnoteZh\na\tb\na\tc\n')).toThrow(/twice/);
    expect(() => parseNotesTable('note\tzh\n')).toThrow(/header/);
  });

  it('the committed notes table translates every note of the shipped totals', () => {
    const notes = parseNotesTable(readFileSync(fileURLToPath(new URL('../../../scripts/sources/totals-notes-zh.tsv', import.meta.url)), 'utf8'));
    const atlas = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/atlas.json', import.meta.url)), 'utf8')) as {
      totals: { note: string; noteZh: string }[];
    };
    const untranslated = atlas.totals.filter((total) => total.note !== '' && !notes.has(total.note));
    const stale = atlas.totals.filter((total) => total.note !== '' && notes.get(total.note) !== total.noteZh);
    expect([untranslated, stale]).toEqual([[], []]);
  });
});

describe('decimalYear at the end of a year', () => {
  it('decimalYear("2019-12-31") stays in 2019', () => {
    expect(decimalYear('2019-12-31')).toBe(2019.99);
  });
});

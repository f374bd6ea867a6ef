import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countEntries, reportToCsv, type LoadReport, type ReportEntry } from '../../../../src/data/import/report';

const entries: ReportEntry[] = [
  { row: 3, group: 'rejected', reason: 'same-city', detail: '', cn: 'Hangzhou', partner: 'Hangzhou' },
  { row: 2, group: 'loaded', reason: 'coordinates-in-file', detail: '', cn: 'Nanjing', partner: '=HYPERLINK("x")' },
  { row: 4, group: 'noYear', reason: 'year-unreadable', detail: 'late, "80s"', cn: '武汉', partner: 'Pittsburgh' },
];

describe('report', () => {
  it('countEntries() counts each entry in its group and the groups add up to the rows', () => {
    expect(countEntries(entries)).toEqual({ rows: 3, loaded: 1, geocoded: 0, merged: 0, noYear: 1, notOnMap: 0, rejected: 1 });
  });

  it('reportToCsv() writes one line per row in row order, quoting cells and defusing formulas', () => {
    const report: LoadReport = { title: 't', entries, counts: countEntries(entries) };
    const csv = reportToCsv(report, {
      header: ['row', 'group', 'reason', 'code', 'detail', 'city', 'partner'],
      group: (g) => g.toUpperCase(),
      reason: (e) => `(${e.reason})`,
    });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows.map((r) => r[0])).toEqual(['row', '2', '3', '4']);
    expect(rows[1]).toEqual(['2', 'LOADED', '(coordinates-in-file)', 'coordinates-in-file', '', 'Nanjing', `'=HYPERLINK("x")`]);
    expect(rows[3]![4]).toBe('late, "80s"');
  });
});

import { describe, expect, test } from 'vitest';
import { createTableModel } from '../../../../src/ui/table/tableModel';
import { tieFixture } from '../../state/tieFixture';

const data = tieFixture();
const all = new Uint8Array(data.pairings.length).fill(1);

describe('createTableModel', () => {
  test('createTableModel()(dataset, mask, lang, choices) filters by text, then sorts', () => {
    const rows = createTableModel()(data, all, 'en', { query: 'wuxi', column: 'year', direction: 'desc' });
    expect(rows.map((r) => r.year)).toEqual([1981, null]);
  });

  test('createTableModel()(...) returns the same rows while nothing changed', () => {
    const model = createTableModel();
    const choices = { query: '', column: 'cn' as const, direction: 'asc' as const };
    expect(model(data, all, 'en', choices)).toBe(model(data, all, 'en', { ...choices }));
  });

  test('createTableModel()(...) recomputes for another mask', () => {
    const model = createTableModel();
    const choices = { query: '', column: null, direction: 'asc' as const };
    expect(model(data, all, 'en', choices)).toHaveLength(4);
    expect(model(data, Uint8Array.from([1, 0, 0, 0, 0]), 'en', choices)).toHaveLength(1);
  });
});

import { describe, expect, test } from 'vitest';
import type { Ambiguity } from '../../../src/data/import/ambiguity';
import { detectColumns } from '../../../src/data/import/columns';
import type { ImportResult, TableSummary } from '../../../src/data/import/session';
import { INITIAL_WIZARD, wizardReducer, type WizardAction, type WizardState } from '../../../src/state/importWizard';

function summary(headers: string[]): TableSummary {
  return { title: 'ties.csv', format: 'csv', encoding: 'gb18030', headers, sample: [], rows: 3, unreadable: 0, detection: detectColumns(headers) };
}

function ambiguity(id: string, side: 'cn' | 'partner', suggested: number | null): Ambiguity {
  return { id, side, name: id, context: '', rows: 1, firstRow: 2, candidates: [], suggested } as unknown as Ambiguity;
}

function run(actions: WizardAction[], from: WizardState = INITIAL_WIZARD): WizardState {
  return actions.reduce(wizardReducer, from);
}

const RESULT = {
  dataset: { title: 't', pairings: [], totals: [] },
  report: { counts: { rows: 3, loaded: 3, geocoded: 0, merged: 0, noYear: 0, notOnMap: 0, rejected: 0 } },
} as unknown as ImportResult;

describe('wizardReducer', () => {
  test('wizardReducer(start, opened) shows the mapping step with the detected columns and encoding', () => {
    const state = run([
      { type: 'start', name: 'ties.csv', auto: false },
      { type: 'opened', summary: summary(['城市', '友好城市', '年份']), first: true },
    ]);
    expect(state.step).toBe('mapping');
    expect(state.detected).toBe('gb18030');
    expect(state.mapping?.cnName).toBe(0);
    expect(state.mapping?.partnerName).toBe(1);
  });

  test('wizardReducer(opened) of an automatic import with both city columns goes straight to resolving', () => {
    const state = run([
      { type: 'start', name: 'ties.csv', auto: true },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
    ]);
    expect(state).toMatchObject({ step: 'busy', task: 'resolve' });
  });

  test('wizardReducer(opened) of an automatic import without the city columns asks for the mapping', () => {
    const state = run([
      { type: 'start', name: 'x.csv', auto: true },
      { type: 'opened', summary: summary(['a', 'b']), first: true },
    ]);
    expect(state.step).toBe('mapping');
    expect(state.auto).toBe(false);
  });

  test('wizardReducer(setColumn) changes the mapping and marks the role as chosen by hand', () => {
    const opened = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner', 'when']), first: true },
    ]);
    const state = wizardReducer(opened, { type: 'setColumn', role: 'year', column: 2 });
    expect(state.mapping?.year).toBe(2);
    expect(state.manual).toEqual(['year']);
    expect(opened.mapping?.year).not.toBe(2);
  });

  test('wizardReducer(resolved) with ambiguities shows them with the suggested choices', () => {
    const state = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
      { type: 'resolve' },
      { type: 'resolved', ambiguities: [ambiguity('a', 'partner', 1), ambiguity('b', 'cn', null)] },
    ]);
    expect(state.step).toBe('choices');
    expect(state.choices).toEqual({ a: 1, b: null });
    expect(run([{ type: 'chooseLargest' }], state).choices).toEqual({ a: 0, b: null });
  });

  test('wizardReducer(resolved) without ambiguities builds at once, and built shows the report and keeps its counts', () => {
    const resolving = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
      { type: 'resolve' },
    ]);
    const building = wizardReducer(resolving, { type: 'resolved', ambiguities: [] });
    expect(building).toMatchObject({ step: 'busy', task: 'build' });
    const done = wizardReducer(building, { type: 'built', result: RESULT });
    expect(done.step).toBe('report');
    expect(done.counts?.loaded).toBe(3);
  });

  test('wizardReducer(failed) while opening returns to the source step with the error; while resolving, to the mapping', () => {
    const failure = { code: 'fetch-failed', detail: '404' };
    expect(
      run([
        { type: 'start', name: 'x', auto: false },
        { type: 'failed', failure },
      ]),
    ).toMatchObject({ step: 'source', error: failure });
    const state = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
      { type: 'resolve' },
      { type: 'failed', failure },
    ]);
    expect(state).toMatchObject({ step: 'mapping', error: failure, task: null });
  });

  test('wizardReducer ignores a worker answer that arrives after cancel', () => {
    const cancelled = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
      { type: 'resolve' },
      { type: 'cancel' },
    ]);
    expect(cancelled.step).toBe('source');
    expect(wizardReducer(cancelled, { type: 'resolved', ambiguities: [] })).toBe(cancelled);
  });

  test('wizardReducer(defaultLoaded) forgets the imported counts', () => {
    const built = run([
      { type: 'start', name: 'x', auto: false },
      { type: 'opened', summary: summary(['city', 'partner']), first: true },
      { type: 'resolve' },
      { type: 'resolved', ambiguities: [] },
      { type: 'built', result: RESULT },
    ]);
    const state = run([{ type: 'restart' }, { type: 'loadDefault' }, { type: 'defaultLoaded' }], built);
    expect(state.counts).toBeNull();
    expect(state.step).toBe('source');
  });
});

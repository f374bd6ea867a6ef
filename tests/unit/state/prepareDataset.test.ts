import { describe, expect, it } from 'vitest';
import { selectCities } from '../../../src/state/cities';
import { FILTER_DIMENSIONS, selectFilterCodes } from '../../../src/state/filters';
import { prepareDataset } from '../../../src/state/prepareDataset';
import { pairing } from '../pairing';

describe('prepareDataset', () => {
  it('builds the memoised indexes, each after a task boundary, and resolves after one more, so the views find them ready', async () => {
    const dataset = { title: 't', pairings: [pairing({ id: 'a' }), pairing({ id: 'b' })], totals: [] };
    const steps: string[] = [];
    await prepareDataset(dataset, async () => {
      steps.push('yield');
    });
    // The cities, each filter dimension, the gathered codes, then the boundary before the dataset is shown.
    expect(steps).toEqual(Array(FILTER_DIMENSIONS.length + 3).fill('yield'));
    const cities = selectCities(dataset);
    const codes = selectFilterCodes(dataset);
    await prepareDataset(dataset, async () => undefined);
    expect(selectCities(dataset)).toBe(cities);
    expect(selectFilterCodes(dataset)).toBe(codes);
  });

  it('builds the indexes given by the caller after the core ones, each after a task boundary of its own', async () => {
    const dataset = { title: 't', pairings: [pairing({ id: 'a' })], totals: [] };
    const steps: string[] = [];
    await prepareDataset(dataset, async () => {
      steps.push('yield');
    }, [(d) => steps.push(`arcs of ${d.pairings.length}`)]);
    const core: string[] = Array(FILTER_DIMENSIONS.length + 2).fill('yield');
    expect(steps).toEqual([...core, 'yield', 'arcs of 1', 'yield']);
  });
});

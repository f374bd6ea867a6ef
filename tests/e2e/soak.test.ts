import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { judgeSoak, runSoak, type SoakResult } from '../../scripts/soak/runSoak';
import { soakCities } from '../../scripts/soak/soakCities';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

/**
 * A short soak (the full one is `npm run soak`: 200 loops, 500 cycles). 10 loops and 30 cycles took
 * 14 minutes on the shared 2-core machine with software WebGL, too long for every `npm test`.
 */
const LOOPS = 5;
const CYCLES = 20;

describe(`a short soak: ${LOOPS} timeline loops at the highest speed, ${CYCLES} select/deselect cycles`, () => {
  let app: AppSession;
  let result: SoakResult;

  beforeAll(async () => {
    app = await startApp();
    await app.open('?test');
    const cdp = await app.context.newCDPSession(app.page);
    result = await runSoak(app.page, cdp, { loops: LOOPS, cycles: CYCLES, cities: soakCities(readShippedDataset()) });
    console.log('soak', JSON.stringify({ ...result, ratios: judgeSoak(result) }));
  }, 900_000);

  afterAll(async () => {
    await app?.close();
  });

  test('runSoak ends with the JS heap within 1.1x of the start', () => {
    expect(judgeSoak(result).heap).toBeLessThanOrEqual(1.1);
  });

  test('runSoak ends with the DOM node count within 1.1x of the start', () => {
    expect(judgeSoak(result).nodes).toBeLessThanOrEqual(1.1);
  });

  test('runSoak ends with no more event listeners than at the start', () => {
    expect(result.afterLoops.listeners).toBeLessThanOrEqual(result.start.listeners);
    expect(result.end.listeners).toBeLessThanOrEqual(result.start.listeners);
  });

  test('runSoak leaves a single document (no leaked frames)', () => {
    expect(result.end.documents).toBe(result.start.documents);
  });

  test('logged no errors and made no request outside the local server', () => {
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});

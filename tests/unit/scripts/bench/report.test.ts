import { describe, expect, test } from 'vitest';
import { timedOut } from '../../../../scripts/bench/outcome';
import { formatOutcome, formatRatio, globeGlTable, ratiosTable, resultsTable } from '../../../../scripts/bench/report';

describe('formatOutcome', () => {
  test('formatOutcome(value, id) rounds by unit', () => {
    expect(formatOutcome(1234.56, 'loadMs')).toBe('1235');
    expect(formatOutcome(12.34, 'frameMs')).toBe('12.3');
    expect(formatOutcome(0.456, 'rotationFps')).toBe('0.46');
    expect(formatOutcome(21.04, 'heapLoadMB')).toBe('21.0');
  });

  test('formatOutcome(timeout, id) shows a bound for the step that timed out, a dash for later ones', () => {
    expect(formatOutcome(timedOut('year change', 60_000), 'yearChangeMs')).toBe('>60 s');
    expect(formatOutcome(timedOut('rotation', 20_000), 'rotationFps')).toBe('<0.05');
    expect(formatOutcome(timedOut('load', 90_000), 'rotationFps')).toBe('—');
  });
});

describe('formatRatio', () => {
  test('formatRatio(ratio) prints numbers and bounds', () => {
    expect(formatRatio(1.234)).toBe('1.23x');
    expect(formatRatio({ atLeast: 42.2 })).toBe('≥42x');
    expect(formatRatio({ atMost: 0.004 })).toBe('≤0.004x');
    expect(formatRatio(null)).toBe('');
  });
});

describe('resultsTable', () => {
  test('resultsTable(results, datasets) is a Markdown table with the bare map first', () => {
    const table = resultsTable(
      [
        { variant: 'app', dataset: '3k', runs: 5, samples: {}, medians: { loadMs: 2000 }, drawnArcs: 3000 },
        { variant: 'bare', dataset: null, runs: 5, samples: {}, medians: { loadMs: 1500 }, drawnArcs: null },
      ],
      [{ id: '3k', pairings: 3000, onMap: 3000, dataParam: 'x', bytes: 1 }],
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| dataset \| +arcs \| variant +\| runs \| load→idle ms \|$/);
    expect(lines[2]).toMatch(/bare map .* 1500 \|$/);
    expect(lines[3]).toMatch(/^\| 3k .* 3,000 \| app .* 2000 \|$/);
  });
});

describe('resultsTable with globe.gl', () => {
  test('resultsTable(results, datasets) puts globe.gl right after the app of its dataset', () => {
    const table = resultsTable(
      [
        { variant: 'geojson', dataset: '3k', runs: 1, samples: {}, medians: { loadMs: 4000 }, drawnArcs: 3000 },
        { variant: 'globegl', dataset: '3k', runs: 1, samples: {}, medians: { loadMs: 3000 }, drawnArcs: 3000 },
        { variant: 'app', dataset: '3k', runs: 1, samples: {}, medians: { loadMs: 2000 }, drawnArcs: 3000 },
      ],
      [{ id: '3k', pairings: 3000, onMap: 3000, dataParam: 'x', bytes: 1 }],
    );
    expect(
      table
        .split('\n')
        .slice(2)
        .map((line) => line.split('|')[3]?.trim()),
    ).toEqual(['app', 'globe.gl', 'GeoJSON lines']);
  });
});

describe('globeGlTable', () => {
  const datasets = [
    { id: 'shipped', pairings: 2000, onMap: 2000, dataParam: null, bytes: 1 },
    { id: '100k', pairings: 100_000, onMap: 100_000, dataParam: 'x', bytes: 1 },
  ];

  test('globeGlTable(results, datasets) turns every ratio so that above 1 means the atlas leads', () => {
    const table = globeGlTable(
      [
        { variant: 'app', dataset: 'shipped', runs: 1, samples: {}, medians: { loadMs: 2000, yearChangeMs: 50, rotationFps: 4, frameMs: 50 }, drawnArcs: 2000 },
        {
          variant: 'globegl',
          dataset: 'shipped',
          runs: 1,
          samples: {},
          medians: { loadMs: 3000, yearChangeMs: 500, rotationFps: 1, frameMs: 100 },
          drawnArcs: 2000,
        },
      ],
      datasets,
    );
    const cells = table
      .split('\n')[2]!
      .split('|')
      .map((c) => c.trim());
    expect(cells.slice(1, 6)).toEqual(['shipped', '1.50x', '10x', '4.00x', '2.00x']);
  });

  test('globeGlTable bounds the load by globe.gl timing out, and leaves the steps it never reached blank', () => {
    const load = timedOut('load', 90_000);
    const table = globeGlTable(
      [
        {
          variant: 'app',
          dataset: '100k',
          runs: 1,
          samples: {},
          medians: { loadMs: 30_000, yearChangeMs: 2000, rotationFps: 0.3, frameMs: 2000 },
          drawnArcs: 100_000,
        },
        {
          variant: 'globegl',
          dataset: '100k',
          runs: 1,
          samples: {},
          medians: { loadMs: load, yearChangeMs: load, rotationFps: load, frameMs: load },
          drawnArcs: null,
        },
      ],
      datasets,
    );
    const cells = table
      .split('\n')[3]!
      .split('|')
      .map((c) => c.trim());
    expect(cells.slice(1, 6)).toEqual(['100k', '≥3.00x', '', '', '']);
  });
});

describe('ratiosTable', () => {
  test('ratiosTable bounds a ratio by a timeout of the metric itself, and gives none for an earlier step', () => {
    const table = ratiosTable(
      [
        { variant: 'bare', dataset: null, runs: 1, samples: {}, medians: { loadMs: 1000, rotationFps: 4 }, drawnArcs: null },
        { variant: 'app', dataset: '30k', runs: 1, samples: {}, medians: { loadMs: 2000, rotationFps: 1, yearChangeMs: 400, frameMs: 400 }, drawnArcs: 30_000 },
        {
          variant: 'geojson',
          dataset: '30k',
          runs: 1,
          samples: {},
          medians: { loadMs: 20_000, yearChangeMs: timedOut('year change', 45_000), rotationFps: timedOut('year change', 45_000) },
          drawnArcs: 30_000,
        },
      ],
      [{ id: '30k', pairings: 30_000, onMap: 30_000, dataParam: 'x', bytes: 1 }],
    );
    const cells = table
      .split('\n')[2]!
      .split('|')
      .map((c) => c.trim());
    expect(cells.slice(1, 7)).toEqual(['30k', '2.00x', '0.25x', '', '1.00x', '≥112x']);
  });
});

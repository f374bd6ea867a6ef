import { describe, expect, it } from 'vitest';
import { parseTour } from '../../../../src/state/tour/parseTour';
import { serializeTour } from '../../../../src/state/tour/serializeTour';
import type { Tour } from '../../../../src/state/tour/tour';

const TOUR: Tour = {
  id: 'demo',
  title: { en: 'Demo', zh: '示例' },
  steps: [
    {
      camera: { lon: 120.3, lat: 31.5, zoom: 3, bearing: 10, pitch: 20 },
      years: { from: 1981, to: 1990 },
      mode: 'range',
      selected: { side: 'cn', key: '320200' },
      home: '320200',
      filters: { region: 'europe' },
      caption: { en: 'Wuxi in the eighties', zh: '八十年代的无锡' },
      durationMs: 4000,
    },
    {
      years: { from: 1973, to: 2024 },
      mode: 'cumulative',
      selected: null,
      home: null,
      filters: {},
      caption: { en: 'Today', zh: '今天' },
      durationMs: 6000,
    },
  ],
};

describe('parseTour', () => {
  it('parseTour(serializeTour(tour)) gives the tour back', () => {
    expect(parseTour(serializeTour(TOUR))).toEqual({ ok: true, tour: TOUR });
  });

  it('parseTour fills defaults for mode, selection, home, filters and duration', () => {
    const result = parseTour({ id: 'x', title: 'X', steps: [{ years: { from: 1990, to: 1995 }, caption: 'Hi' }] });
    expect(result).toEqual({
      ok: true,
      tour: {
        id: 'x',
        title: { en: 'X', zh: 'X' },
        steps: [
          { years: { from: 1990, to: 1995 }, mode: 'cumulative', selected: null, home: null, filters: {}, caption: { en: 'Hi', zh: 'Hi' }, durationMs: 6000 },
        ],
      },
    });
  });

  it('parseTour reports bad JSON text instead of throwing', () => {
    const result = parseTour('{"id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ step: null, field: '' });
  });

  it('parseTour lists every bad step with its index and field', () => {
    const result = parseTour({
      id: 'x',
      title: { en: 'X', zh: 'X' },
      steps: [
        { years: { from: 1990, to: 1980 } },
        { years: { from: 1990, to: 1995 }, mode: 'sideways', camera: { lon: 200, lat: 0, zoom: 2 } },
        { years: { from: 1990, to: 1995 }, durationMs: -1, selected: { side: 'moon', key: 'x' } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.step}:${p.field}`)).toEqual(['0:years', '1:mode', '1:camera.lon', '2:durationMs', '2:selected']);
  });

  it('parseTour rejects a tour without id, title or steps, and never throws on odd values', () => {
    for (const input of [null, 42, [], 'null', { steps: [] }, { id: 'a', title: 'A', steps: 'no' }]) {
      const result = parseTour(input);
      expect(result.ok).toBe(false);
    }
    const result = parseTour({ steps: [] });
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['id', 'title', 'steps']);
  });

  it('parseTour rejects a file of another format', () => {
    const result = parseTour({ ...TOUR, format: 'geojson' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ step: null, field: 'format', reason: 'expected "sister-city-atlas-tour"' }]);
  });

  it('serializeTour tags the file with its format and version', () => {
    expect(JSON.parse(serializeTour(TOUR))).toMatchObject({ format: 'sister-city-atlas-tour', version: 1, id: 'demo' });
  });
});

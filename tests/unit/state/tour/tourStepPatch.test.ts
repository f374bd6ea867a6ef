import { describe, expect, it } from 'vitest';
import { appendStep, recordStep, tourFileName } from '../../../../src/state/tour/recordStep';
import type { TourStep } from '../../../../src/state/tour/tour';
import { tourStepPatch } from '../../../../src/state/tour/tourStepPatch';
import { asciiSlug } from '../../../../src/state/slug';

const STEP: TourStep = {
  years: { from: 1981, to: 1990 },
  mode: 'range',
  selected: { side: 'cn', key: '320200' },
  home: null,
  filters: {},
  caption: { en: '', zh: '' },
  durationMs: 6000,
};

describe('tourStepPatch', () => {
  it('tourStepPatch(step) sets the years, mode and selection and stops play', () => {
    expect(tourStepPatch(STEP)).toEqual({
      yearFrom: 1981,
      yearTo: 1990,
      mode: 'range',
      selected: { side: 'cn', key: '320200' },
      hovered: null,
      playing: false,
      growYear: null,
      growProgress: 1,
    });
  });

  it('tourStepPatch(step) sets includeUnknown only when the filters say so', () => {
    expect(tourStepPatch({ ...STEP, filters: { includeUnknown: false } }).includeUnknown).toBe(false);
    expect('includeUnknown' in tourStepPatch({ ...STEP, filters: { includeUnknown: 'yes' } })).toBe(false);
  });
});

describe('recordStep', () => {
  it('recordStep(view) keeps the state and rounds the camera', () => {
    const step = recordStep({
      state: { yearFrom: 1990, yearTo: 2000, mode: 'cumulative', selected: null },
      camera: { lon: 120.123456789, lat: 31.987654321, zoom: 2.3456, bearing: 0.01, pitch: 30.04 },
    });
    expect(step).toEqual({
      camera: { lon: 120.12346, lat: 31.98765, zoom: 2.35, pitch: 30 },
      years: { from: 1990, to: 2000 },
      mode: 'cumulative',
      selected: null,
      home: null,
      filters: {},
      caption: { en: '', zh: '' },
      durationMs: 6000,
    });
  });

  it('appendStep(tour, step) returns a new tour with the step last', () => {
    const tour = { id: 'mine', title: { en: 'Mine', zh: '我的' }, steps: [STEP] };
    const next = appendStep(tour, { ...STEP, mode: 'cumulative' });
    expect(next.steps.map((s) => s.mode)).toEqual(['range', 'cumulative']);
    expect(tour.steps).toHaveLength(1);
  });
});

describe('tourFileName', () => {
  it('tourFileName(tour) slugs the English title', () => {
    expect(tourFileName({ id: 'city:320200', title: { en: 'Wuxi’s partners', zh: '无锡市的友好城市' } })).toBe('tour-wuxi-s-partners.json');
  });

  it('tourFileName(tour) falls back to the id, then to tour.json', () => {
    expect(tourFileName({ id: 'talk-2026', title: { en: '演讲', zh: '演讲' } })).toBe('tour-talk-2026.json');
    expect(tourFileName({ id: '演讲', title: { en: '演讲', zh: '演讲' } })).toBe('tour.json');
  });
});

describe('asciiSlug', () => {
  it('asciiSlug(text) drops accents and joins words with hyphens', () => {
    expect(asciiSlug('  Setúbal / São Paulo ')).toBe('setubal-sao-paulo');
  });
});

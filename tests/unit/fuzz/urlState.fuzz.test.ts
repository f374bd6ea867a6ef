import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../../src/state/urlState';
import { fuzzRuns, fuzzTimeout, MAX_MS_PER_INPUT, timed } from './fuzzRuns';

const NAMES = [
  'lang',
  'projection',
  'years',
  'mode',
  'unknown',
  'city',
  'home',
  'sub',
  'embed',
  'camera',
  'data',
  'origins',
  'present',
  'tour',
  'kiosk',
  'country',
  'region',
  'relation',
  'level',
  'province',
  'q',
  '',
  '__proto__',
  'constructor',
];
const PIECES = [
  '%',
  '%E4%B8',
  '%ZZ',
  '%00',
  ',',
  '-',
  '1980',
  '2000',
  'zh',
  'en',
  '1',
  '0',
  'javascript:alert(1)',
  '<script>',
  'https://a.example',
  '&',
  '=',
  '+',
  '..',
  '—',
  '南京',
  '\uD800',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  ' ',
];

/** A query string made of known names and hostile or malformed values, or of any characters. */
const query = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 })), { maxLength: 10 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v.join('')}`).join('&')}`),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('parseUrlState under generated input', () => {
  it(
    'parseUrlState(any query) never throws, stays within its types, and serialize ∘ parse is stable',
    () => {
      fc.assert(
        fc.property(query, (search) => {
          const warnings: string[] = [];
          const { value: state, ms } = timed(() => parseUrlState(search, (w) => warnings.push(w)));
          expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
          expect([null, 'zh', 'en']).toContain(state.lang);
          expect(['globe', 'mercator']).toContain(state.projection);
          expect(['cumulative', 'range']).toContain(state.mode);
          if (state.years) expect(state.years.from).toBeLessThanOrEqual(state.years.to);
          if (state.camera) for (const n of [state.camera.lon, state.camera.lat, state.camera.zoom]) expect(Number.isFinite(n)).toBe(true);
          for (const origin of state.origins) expect(origin).toMatch(/^https?:\/\//);
          const once = serializeUrlState(state);
          expect(serializeUrlState(parseUrlState(once))).toBe(once);
        }),
        { numRuns: fuzzRuns(1500) },
      );
    },
    fuzzTimeout(1500),
  );
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCommand, readyMessage, selectMessage, targetOrigins, yearChangeMessage } from '../../../src/embed/protocol';

const HOST = 'https://portal.example';
const allowed = [HOST];
const message = (fields: Record<string, unknown>) => ({ source: 'sister-city-atlas', version: 1, ...fields });

describe('readCommand', () => {
  test('readCommand(origin, setYears) reads the years and the mode', () => {
    expect(readCommand(HOST, message({ type: 'setYears', from: 1980, to: 2000, mode: 'range' }), allowed)).toEqual({
      ok: true,
      command: { type: 'setYears', from: 1980, to: 2000, mode: 'range' },
    });
  });

  test('readCommand(origin, setYears without to) reads a single year', () => {
    expect(readCommand(HOST, message({ type: 'setYears', from: 1990 }), allowed)).toEqual({ ok: true, command: { type: 'setYears', from: 1990, to: 1990 } });
  });

  test('readCommand(origin, select) reads a city reference or null', () => {
    expect(readCommand(HOST, message({ type: 'select', city: ' 无锡 ' }), allowed)).toEqual({ ok: true, command: { type: 'select', city: '无锡' } });
    expect(readCommand(HOST, message({ type: 'select', city: null }), allowed)).toEqual({ ok: true, command: { type: 'select', city: null } });
  });

  test('readCommand(origin, setHome) reads the home and sub', () => {
    expect(readCommand(HOST, message({ type: 'setHome', home: 'Nanjing', sub: false }), allowed)).toEqual({
      ok: true,
      command: { type: 'setHome', home: 'Nanjing', sub: false },
    });
  });

  test('readCommand(origin, setLanguage) reads the language', () => {
    expect(readCommand(HOST, message({ type: 'setLanguage', lang: 'zh' }), allowed)).toEqual({ ok: true, command: { type: 'setLanguage', lang: 'zh' } });
  });

  test('readCommand(origin, play / pause) reads the commands without fields', () => {
    expect(readCommand(HOST, message({ type: 'play', extra: 1 }), allowed)).toEqual({ ok: true, command: { type: 'play' } });
    expect(readCommand(HOST, message({ type: 'pause' }), allowed)).toEqual({ ok: true, command: { type: 'pause' } });
  });

  test('readCommand ignores an origin not in the allowlist', () => {
    expect(readCommand('https://evil.example', message({ type: 'play' }), allowed)).toEqual({ ok: false, reason: 'origin-not-allowed' });
  });

  test('readCommand matches origins exactly: no subdomain, port, scheme or trailing-slash variants', () => {
    for (const origin of ['https://a.portal.example', 'https://portal.example:8443', 'http://portal.example', `${HOST}/`, 'null']) {
      expect(readCommand(origin, message({ type: 'play' }), allowed), origin).toEqual({ ok: false, reason: 'origin-not-allowed' });
    }
  });

  test('readCommand obeys nobody when no origin is allowed (the default)', () => {
    expect(readCommand(HOST, message({ type: 'play' }), [])).toEqual({ ok: false, reason: 'origin-not-allowed' });
  });

  test('readCommand ignores messages that are not tagged as atlas messages', () => {
    for (const data of [null, 'play', 42, [], { type: 'play' }, { source: 'other', version: 1, type: 'play' }]) {
      expect(readCommand(HOST, data, allowed)).toEqual({ ok: false, reason: 'not-atlas-message' });
    }
  });

  test('readCommand ignores another protocol version', () => {
    expect(readCommand(HOST, { source: 'sister-city-atlas', version: 2, type: 'play' }, allowed)).toEqual({ ok: false, reason: 'unsupported-version' });
  });

  test('readCommand ignores an unknown type', () => {
    expect(readCommand(HOST, message({ type: 'destroy' }), allowed)).toEqual({ ok: false, reason: 'unknown-type' });
    expect(readCommand(HOST, message({ type: 'toString' }), allowed)).toEqual({ ok: false, reason: 'unknown-type' });
  });

  const invalid: Record<string, unknown>[] = [
    { type: 'setYears' },
    { type: 'setYears', from: '1980' },
    { type: 'setYears', from: 1980.5 },
    { type: 'setYears', from: 2000, to: 1980 },
    { type: 'setYears', from: 1980, to: 1e9 },
    { type: 'setYears', from: 1980, mode: 'all' },
    { type: 'select' },
    { type: 'select', city: '' },
    { type: 'select', city: 320200 },
    { type: 'select', city: 'x'.repeat(201) },
    { type: 'setHome', home: 'Wuxi', sub: 1 },
    { type: 'setLanguage', lang: 'fr' },
  ];
  for (const fields of invalid) {
    test(`readCommand ignores invalid fields: ${JSON.stringify(fields).slice(0, 60)}`, () => {
      expect(readCommand(HOST, message(fields), allowed)).toEqual({ ok: false, reason: 'invalid-fields' });
    });
  }

  test('readCommand treats a throwing getter as invalid fields', () => {
    const data = {
      source: 'sister-city-atlas',
      version: 1,
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(readCommand(HOST, data, allowed)).toEqual({ ok: false, reason: 'invalid-fields' });
  });

  test('readCommand never throws on arbitrary origins and data', { timeout: 30_000 }, () => {
    const tagged = fc.record(
      {
        source: fc.constant('sister-city-atlas'),
        version: fc.constantFrom(1, 2, '1'),
        type: fc.constantFrom('setYears', 'select', 'setHome', 'setLanguage', 'play', 'pause', 'x'),
      },
      { requiredKeys: ['source'] },
    );
    const data = fc.oneof(
      fc.anything(),
      fc.tuple(tagged, fc.dictionary(fc.string(), fc.anything())).map(([a, b]) => ({ ...b, ...a })),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(HOST), fc.anything()), data, (origin, value) => {
        const result = readCommand(origin, value, allowed);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('outgoing messages', () => {
  test('readyMessage(state) tags the view for the parent', () => {
    const state = { lang: 'zh' as const, years: { from: 1973, to: 2025 }, mode: 'cumulative' as const, includeUnknown: true, home: '320200', city: null };
    expect(readyMessage(state)).toEqual({ source: 'sister-city-atlas', version: 1, type: 'ready', state });
  });

  test('selectMessage(city) reports the selection, null when cleared', () => {
    const city = { side: 'partner' as const, reference: 'Akashi', nameEn: 'Akashi', nameZh: 'Akashi', iso2: 'JP' };
    expect(selectMessage(city)).toEqual({ source: 'sister-city-atlas', version: 1, type: 'select', city });
    expect(selectMessage(null)).toEqual({ source: 'sister-city-atlas', version: 1, type: 'select', city: null });
  });

  test('yearChangeMessage(from, to, mode) reports the window', () => {
    expect(yearChangeMessage(1980, 2000, 'range')).toEqual({
      source: 'sister-city-atlas',
      version: 1,
      type: 'yearchange',
      from: 1980,
      to: 2000,
      mode: 'range',
    });
  });

  test('outgoing messages survive structured cloning unchanged', () => {
    const event = yearChangeMessage(1980, 2000, 'range');
    expect(structuredClone(event)).toEqual(event);
  });

  test('targetOrigins(allowed) posts to the allowed origins, or to any parent when none is listed', () => {
    expect(targetOrigins([HOST])).toEqual([HOST]);
    expect(targetOrigins([])).toEqual(['*']);
  });
});

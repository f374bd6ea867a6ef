import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_SOURCE, MESSAGE_VERSION, readCommand } from '../../../src/embed/protocol';
import { fuzzRuns, fuzzTimeout, MAX_MS_PER_INPUT, timed } from './fuzzRuns';

const ALLOWED = ['https://portal.example'];
const TYPES = ['setYears', 'select', 'setHome', 'setLanguage', 'play', 'pause', 'eval', '__proto__', 'toString'];

/** A message close to a real command: right tag, right or wrong fields of any JSON value. */
const nearCommand = fc.record(
  {
    source: fc.oneof(fc.constant(MESSAGE_SOURCE), fc.jsonValue()),
    version: fc.oneof(fc.constant(MESSAGE_VERSION), fc.jsonValue()),
    type: fc.oneof(fc.constantFrom(...TYPES), fc.jsonValue()),
    from: fc.oneof(fc.integer({ min: 900, max: 10000 }), fc.double(), fc.jsonValue()),
    to: fc.oneof(fc.integer({ min: 900, max: 10000 }), fc.jsonValue()),
    mode: fc.oneof(fc.constantFrom('cumulative', 'range'), fc.jsonValue()),
    city: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null), fc.jsonValue()),
    home: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null), fc.jsonValue()),
    sub: fc.oneof(fc.boolean(), fc.jsonValue()),
    lang: fc.oneof(fc.constantFrom('zh', 'en'), fc.jsonValue()),
  },
  { requiredKeys: ['source', 'version', 'type'] },
);

/** Makers of an object whose getter throws, a proxy that throws on every trap, a prototype-less object (made in the property, so fast-check never touches them). */
const hostileObject = fc.constantFrom(
  () =>
    Object.defineProperty({ source: MESSAGE_SOURCE, version: 1 }, 'type', {
      get() {
        throw new Error('boom');
      },
    }),
  () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    ),
  () => Object.create(null) as object,
);

describe('readCommand under generated input', () => {
  it(
    'readCommand(origin, any message) never throws and obeys only the allowed origin',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ALLOWED, 'https://evil.example', 'null', '', null, 42),
          fc.oneof(nearCommand, fc.anything(), hostileObject),
          (origin, generated) => {
            const data: unknown = typeof generated === 'function' ? generated() : generated;
            const { value: result, ms } = timed(() => readCommand(origin, data, ALLOWED));
            expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
            if (!result.ok) return;
            expect(ALLOWED).toContain(origin);
            const command = result.command;
            if (command.type === 'setYears') expect(command.from).toBeLessThanOrEqual(command.to);
            if (command.type === 'select') expect(command.city === null || (typeof command.city === 'string' && command.city.length <= 200)).toBe(true);
            if (command.type === 'setLanguage') expect(['zh', 'en']).toContain(command.lang);
          },
        ),
        { numRuns: fuzzRuns(1500) },
      );
    },
    fuzzTimeout(1500),
  );
});

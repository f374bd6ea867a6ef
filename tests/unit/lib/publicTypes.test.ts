import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as Source from '../../../src/lib/index';
import type * as Declared from '../../../src/lib/sisterCityAtlas';

const declared = readFileSync(new URL('../../../src/lib/sisterCityAtlas.d.ts', import.meta.url), 'utf8');
const entry = readFileSync(new URL('../../../src/lib/index.ts', import.meta.url), 'utf8');

describe('sisterCityAtlas.d.ts', () => {
  test('sisterCityAtlas.d.ts declares every value the library entry exports', () => {
    const exported = [...entry.matchAll(/^export \{ ([^}]+) \} from/gm)].flatMap((m) => m[1]!.split(',').map((name) => name.trim()));
    expect(exported.sort()).toEqual(['SisterCityAtlasElement', 'createAtlas', 'defineAtlasElement']);
    for (const name of exported) expect(declared).toMatch(new RegExp(`export declare (function|class) ${name}\\b`));
  });

  test('sisterCityAtlas.d.ts types match the source (checked by tsc)', () => {
    expectTypeOf<Source.AtlasOptions>().toEqualTypeOf<Declared.AtlasOptions>();
    expectTypeOf<Source.AtlasSnapshot>().toEqualTypeOf<Declared.AtlasSnapshot>();
    expectTypeOf<Source.SelectedCity>().toEqualTypeOf<Declared.SelectedCity>();
    expectTypeOf<Source.AtlasEvents>().toEqualTypeOf<Declared.AtlasEvents>();
    expectTypeOf<ReturnType<typeof Source.createAtlas>>().toEqualTypeOf<Declared.AtlasApi>();
    expectTypeOf<Parameters<typeof Source.createAtlas>[1]>().toEqualTypeOf<Parameters<typeof Declared.createAtlas>[1]>();
  });
});

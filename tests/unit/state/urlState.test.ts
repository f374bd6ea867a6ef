import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CN_LEVELS, RELATIONS, YEAR_STATUSES } from '../../../src/data/enums';
import { REGIONS } from '../../../src/data/regions';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../../src/state/urlState';

/** Parses and collects the warnings. */
function parse(search: string): { state: UrlState; warnings: string[] } {
  const warnings: string[] = [];
  const state = parseUrlState(search, (message) => warnings.push(message));
  return { state, warnings };
}

function withDefaults(patch: Partial<UrlState>): UrlState {
  return { ...defaultUrlState(), ...patch };
}

describe('parseUrlState', () => {
  test("parseUrlState('') gives the default view without warnings", () => {
    expect(parse('')).toEqual({ state: defaultUrlState(), warnings: [] });
  });

  test("parseUrlState('?lang=zh') reads the language", () => {
    expect(parse('?lang=zh').state.lang).toBe('zh');
    expect(parse('?lang=en').state.lang).toBe('en');
  });

  test("parseUrlState('?projection=mercator') reads the projection", () => {
    expect(parse('?projection=mercator').state.projection).toBe('mercator');
  });

  test("parseUrlState('?years=1980-2000') reads the window", () => {
    expect(parse('?years=1980-2000').state.years).toEqual({ from: 1980, to: 2000 });
  });

  test("parseUrlState('?years=1995') reads a single year", () => {
    expect(parse('?years=1995').state.years).toEqual({ from: 1995, to: 1995 });
  });

  test("parseUrlState('?mode=range') reads the mode", () => {
    expect(parse('?mode=range').state.mode).toBe('range');
  });

  test("parseUrlState('?unknown=0') hides ties of unknown year", () => {
    expect(parse('?unknown=0').state.includeUnknown).toBe(false);
  });

  test("parseUrlState('?city=…&home=…') keeps the references as written", () => {
    const { state } = parse('?city=Akashi&home=%E6%97%A0%E9%94%A1');
    expect(state.city).toBe('Akashi');
    expect(state.home).toBe('无锡');
  });

  test("parseUrlState('?home=无锡') reads an unencoded Chinese name", () => {
    expect(parse('?home=无锡市').state.home).toBe('无锡市');
  });

  test("parseUrlState('?sub=0') limits home mode to the unit alone", () => {
    expect(parse('?sub=0').state.sub).toBe(false);
  });

  test("parseUrlState('?embed=1') and '?embed' turn the embed view on", () => {
    expect(parse('?embed=1').state.embed).toBe(true);
    expect(parse('?embed').state.embed).toBe(true);
  });

  test("parseUrlState('?camera=lon,lat,zoom') reads the camera with bearing and pitch 0", () => {
    expect(parse('?camera=120.3,31.5,4.25').state.camera).toEqual({ lon: 120.3, lat: 31.5, zoom: 4.25, bearing: 0, pitch: 0 });
  });

  test("parseUrlState('?camera=…,bearing,pitch') reads all five fields, rounded", () => {
    expect(parse('?camera=-73.98765,40.7,3.456,-20.04,30').state.camera).toEqual({ lon: -73.988, lat: 40.7, zoom: 3.46, bearing: -20, pitch: 30 });
  });

  test("parseUrlState('?data=…') keeps the data URL", () => {
    expect(parse('?data=https://example.org/ties.json?x=1%262').state.data).toBe('https://example.org/ties.json?x=1&2');
  });

  test("parseUrlState('?origins=…') reads origins in canonical form, without repeats", () => {
    expect(parse('?origins=https://portal.example,HTTP://Other.Example:8080/,https://portal.example').state.origins).toEqual([
      'https://portal.example',
      'http://other.example:8080',
    ]);
  });

  test("parseUrlState('?country=jp,KR') reads a filter, upper-casing country codes", () => {
    expect(parse('?country=jp,KR').state.filters.country).toEqual(['JP', 'KR']);
  });

  test('parseUrlState reads every filter dimension', () => {
    const { state, warnings } = parse(
      '?province=Jiangsu,Inner%20Mongolia&level=prefecture,county&region=europe,unknown' + '&relation=friendship-city,letter-of-intent&status=conflict',
    );
    expect(warnings).toEqual([]);
    expect(state.filters).toEqual({
      province: ['Jiangsu', 'Inner Mongolia'],
      level: ['prefecture', 'county'],
      country: [],
      region: ['europe', 'unknown'],
      relation: ['friendship city', 'letter of intent'],
      yearStatus: ['conflict'],
    });
  });

  test("parseUrlState('?province=a%2Cb') keeps an encoded comma inside one item", () => {
    expect(parse('?province=a%2Cb,c').state.filters.province).toEqual(['a,b', 'c']);
  });

  test("parseUrlState('?present=1&tour=east-asia&kiosk=1') carries the presenter's parameters", () => {
    const { state } = parse('?present=1&tour=east-asia&kiosk=1');
    expect([state.present, state.tour, state.kiosk]).toEqual([true, 'east-asia', true]);
  });

  test('parseUrlState ignores unknown parameters without a warning', () => {
    expect(parse('?test&foo=bar&lang=zh')).toEqual({ state: withDefaults({ lang: 'zh' }), warnings: [] });
  });

  test('parseUrlState takes the first of repeated parameters', () => {
    expect(parse('?lang=zh&lang=en').state.lang).toBe('zh');
  });
});

describe('parseUrlState with invalid values', () => {
  const cases: [string, string][] = [
    ['?lang=fr', 'invalid lang: fr'],
    ['?projection=flat', 'invalid projection: flat'],
    ['?years=2000-1980', 'invalid years: 2000-1980'],
    ['?years=abc', 'invalid years: abc'],
    ['?years=1980-', 'invalid years: 1980-'],
    ['?years=80-90', 'invalid years: 80-90'],
    ['?mode=all', 'invalid mode: all'],
    ['?unknown=yes', 'invalid unknown: yes'],
    ['?sub=2', 'invalid sub: 2'],
    ['?embed=true', 'invalid embed: true'],
    ['?camera=1,2', 'invalid camera: 1,2'],
    ['?camera=200,0,3', 'invalid camera: 200,0,3'],
    ['?camera=0,95,3', 'invalid camera: 0,95,3'],
    ['?camera=0,0,30', 'invalid camera: 0,0,30'],
    ['?camera=0,0,3,0,90', 'invalid camera: 0,0,3,0,90'],
    ['?camera=0,0,3,10', 'invalid camera: 0,0,3,10'],
    ['?camera=1e2,0,3', 'invalid camera: 1e2,0,3'],
    ['?camera=NaN,0,3', 'invalid camera: NaN,0,3'],
    ['?city=%20', 'invalid city:  '],
    ['?home=', 'invalid home: '],
    ['?data=', 'invalid data: '],
    ['?present=2', 'invalid present: 2'],
    ['?tour=', 'invalid tour: '],
    ['?kiosk=no', 'invalid kiosk: no'],
    ['?home=%E6%97%A', 'invalid home: %E6%97%A'],
  ];
  for (const [search, warning] of cases) {
    test(`parseUrlState('${search}') falls back to the default and warns`, () => {
      expect(parse(search)).toEqual({ state: defaultUrlState(), warnings: [warning] });
    });
  }

  test("parseUrlState('?origins=…') drops invalid origins and keeps the valid ones", () => {
    const { state, warnings } = parse('?origins=https://ok.example,https://bad.example/path,*,javascript:alert(1)');
    expect(state.origins).toEqual(['https://ok.example']);
    expect(warnings).toEqual(['invalid origins: https://bad.example/path', 'invalid origins: *', 'invalid origins: javascript:alert(1)']);
  });

  test('parseUrlState drops invalid filter items and keeps the valid ones', () => {
    const { state, warnings } = parse('?region=europe,mars&level=city&relation=friends&status=maybe');
    expect(state.filters.region).toEqual(['europe']);
    expect(warnings).toEqual(['invalid level: city', 'invalid region: mars', 'invalid relation: friends', 'invalid status: maybe']);
  });

  test('parseUrlState never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        parseUrlState(search);
      }),
    );
  });
});

describe('serializeUrlState', () => {
  test('serializeUrlState(default view) is the empty string', () => {
    expect(serializeUrlState(defaultUrlState())).toBe('');
  });

  test('serializeUrlState omits the years when they are the dataset full range', () => {
    const state = withDefaults({ years: { from: 1973, to: 2025 } });
    expect(serializeUrlState(state, { years: { from: 1973, to: 2025 } })).toBe('');
    expect(serializeUrlState(state, { years: { from: 1973, to: 2026 } })).toBe('?years=1973-2025');
  });

  test('serializeUrlState omits the language the app would pick anyway', () => {
    expect(serializeUrlState(withDefaults({ lang: 'zh' }), { lang: 'zh' })).toBe('');
    expect(serializeUrlState(withDefaults({ lang: 'zh' }), { lang: 'en' })).toBe('?lang=zh');
  });

  test('serializeUrlState writes a single year without a dash', () => {
    expect(serializeUrlState(withDefaults({ years: { from: 1995, to: 1995 } }))).toBe('?years=1995');
  });

  test('serializeUrlState writes a readable camera rounded to its precision', () => {
    const camera = { lon: 120.123456, lat: -0.00001, zoom: 3.14567, bearing: 0, pitch: 0 };
    expect(serializeUrlState(withDefaults({ camera }))).toBe('?camera=120.123,0,3.15');
  });

  test('serializeUrlState writes bearing and pitch when either is set', () => {
    const camera = { lon: 1, lat: 2, zoom: 3, bearing: 0, pitch: 45.04 };
    expect(serializeUrlState(withDefaults({ camera }))).toBe('?camera=1,2,3,0,45');
  });

  test('serializeUrlState writes every parameter in a fixed order', () => {
    const state: UrlState = {
      lang: 'zh',
      projection: 'mercator',
      years: { from: 1980, to: 2000 },
      mode: 'range',
      includeUnknown: false,
      city: 'Akashi',
      home: '无锡',
      sub: false,
      embed: true,
      camera: { lon: 120.3, lat: 31.5, zoom: 6, bearing: 0, pitch: 0 },
      data: 'data/other.json',
      origins: ['https://portal.example'],
      filters: {
        province: ['Jiangsu'],
        level: ['prefecture'],
        country: ['JP', 'KR'],
        region: ['east-asia'],
        relation: ['friendship city'],
        yearStatus: ['sourced'],
      },
      present: true,
      tour: 'asia',
      kiosk: true,
    };
    expect(serializeUrlState(state)).toBe(
      '?lang=zh&projection=mercator&years=1980-2000&mode=range&unknown=0&city=Akashi' +
        '&home=%E6%97%A0%E9%94%A1&sub=0&embed=1&camera=120.3,31.5,6&data=data/other.json' +
        '&origins=https://portal.example&province=Jiangsu&level=prefecture&country=JP,KR&region=east-asia' +
        '&relation=friendship-city&status=sourced&present=1&tour=asia&kiosk=1',
    );
  });

  test('serializeUrlState escapes & = # + in free text', () => {
    const query = serializeUrlState(withDefaults({ city: 'A&B=C#D+E' }));
    expect(query).toBe('?city=A%26B%3DC%23D%2BE');
    expect(parseUrlState(query).city).toBe('A&B=C#D+E');
  });
});

const year = fc.integer({ min: 1000, max: 9999 });
const text = fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: null });
const codes = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });

const urlState: fc.Arbitrary<UrlState> = fc.record({
  lang: fc.constantFrom('en' as const, 'zh' as const, null),
  projection: fc.constantFrom('globe' as const, 'mercator' as const),
  years: fc.option(
    fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    { nil: null },
  ),
  mode: fc.constantFrom('cumulative' as const, 'range' as const),
  includeUnknown: fc.boolean(),
  city: text,
  home: text,
  sub: fc.boolean(),
  embed: fc.boolean(),
  camera: fc.option(
    fc.record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      zoom: fc.double({ min: 0, max: 24, noNaN: true }),
      bearing: fc.double({ min: -180, max: 180, noNaN: true }),
      pitch: fc.double({ min: 0, max: 85, noNaN: true }),
    }),
    { nil: null },
  ),
  data: text,
  origins: fc.array(
    fc.webUrl().map((url) => new URL(url).origin),
    { maxLength: 3 },
  ),
  filters: fc.record({
    province: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }),
    level: codes(CN_LEVELS),
    country: fc.array(fc.oneof(fc.stringMatching(/^[A-Za-z]{2}$/), fc.string({ maxLength: 8 })), { maxLength: 3 }),
    region: codes([...REGIONS, 'unknown' as const]),
    relation: codes(RELATIONS),
    yearStatus: codes(YEAR_STATUSES),
  }),
  present: fc.boolean(),
  tour: text,
  kiosk: fc.boolean(),
});

describe('serializeUrlState and parseUrlState', () => {
  test('serializeUrlState(parseUrlState(serializeUrlState(s))) equals serializeUrlState(s)', () => {
    fc.assert(
      fc.property(urlState, fc.option(fc.tuple(year, year)), (state, range) => {
        const defaults = range ? { years: { from: Math.min(...range), to: Math.max(...range) } } : {};
        const once = serializeUrlState(state, defaults);
        expect(
          serializeUrlState(
            parseUrlState(once, () => {
              throw new Error(`warned on ${once}`);
            }),
            defaults,
          ),
        ).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  test('parseUrlState(serializeUrlState(s)) gives back a normalised state unchanged', () => {
    const state = withDefaults({
      lang: 'en',
      city: ' Akashi ',
      years: { from: 1990, to: 2000 },
      filters: {
        ...defaultUrlState().filters,
        country: ['jp'],
      },
    });
    expect(parseUrlState(serializeUrlState(state))).toEqual({
      ...state,
      city: 'Akashi',
      filters: { ...state.filters, country: ['JP'] },
    });
  });
});

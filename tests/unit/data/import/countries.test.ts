import { describe, expect, it } from 'vitest';
import { countryOf, lookupCountry } from '../../../../src/data/import/countries';

describe('lookupCountry', () => {
  it('lookupCountry reads an ISO 3166-1 alpha-2 code in any case, with both names', () => {
    expect(lookupCountry('us')).toEqual({ iso2: 'US', nameEn: 'United States', nameZh: '美国' });
  });

  it('lookupCountry reads an English name', () => {
    expect(lookupCountry('Japan')?.iso2).toBe('JP');
  });

  it('lookupCountry reads a simplified Chinese name', () => {
    expect(lookupCountry('韩国')?.iso2).toBe('KR');
  });

  it('lookupCountry reads a traditional Chinese name', () => {
    expect(lookupCountry('美國')?.iso2).toBe('US');
  });

  it('lookupCountry reads common short forms: USA, UK, South Korea', () => {
    expect(['USA', 'UK', 'South Korea'].map((text) => lookupCountry(text)?.iso2)).toEqual(['US', 'GB', 'KR']);
  });

  it('lookupCountry reads official and older names: Russian Federation, Holland, 南韩', () => {
    expect(['Russian Federation', 'Holland', '南韩'].map((text) => lookupCountry(text)?.iso2)).toEqual(['RU', 'NL', 'KR']);
  });

  it('lookupCountry tells North Korea from South Korea', () => {
    expect(['N. Korea', '朝鲜', 'DPRK'].map((text) => lookupCountry(text)?.iso2)).toEqual(['KP', 'KP', 'KP']);
  });

  it('lookupCountry ignores case, accents and apostrophes', () => {
    expect(['cote divoire', "Côte d'Ivoire", 'IVORY COAST'].map((text) => lookupCountry(text)?.iso2)).toEqual(['CI', 'CI', 'CI']);
  });

  it('lookupCountry reads a name written with a leading "the"', () => {
    expect(lookupCountry('the Gambia')?.iso2).toBe('GM');
  });

  it('lookupCountry reads full-width letters', () => {
    expect(lookupCountry('ＵＳＡ')?.iso2).toBe('US');
  });

  it('lookupCountry returns null for a name it does not know', () => {
    expect(lookupCountry('Xyzzy')).toBeNull();
  });

  it('lookupCountry returns null for blank text', () => {
    expect(lookupCountry('   ')).toBeNull();
  });

  it('lookupCountry gives the Chinese name in simplified characters whatever script the cell used', () => {
    expect(lookupCountry('美國')?.nameZh).toBe('美国');
  });
});

describe('countryOf', () => {
  it('countryOf reads a two-letter code with spaces around it', () => {
    expect(countryOf(' jp ')).toEqual({ iso2: 'JP', nameEn: 'Japan', nameZh: '日本' });
  });

  it('countryOf returns null for a name, even one lookupCountry knows', () => {
    expect(countryOf('USA')).toBeNull();
  });

  it('countryOf returns null for an unassigned code', () => {
    expect(countryOf('ZZ')).toBeNull();
  });
});

describe('lookupCountry with names the locale data writes with "&"', () => {
  it('lookupCountry reads "Bosnia and Herzegovina", "Antigua and Barbuda" and "St. Kitts and Nevis"', () => {
    expect(['Bosnia and Herzegovina', 'Antigua and Barbuda', 'St. Kitts and Nevis'].map((text) => lookupCountry(text)?.iso2)).toEqual(['BA', 'AG', 'KN']);
  });

  it('lookupCountry reads the "&" forms and "Saint" for "St."', () => {
    expect(
      ['Bosnia & Herzegovina', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines', 'Trinidad and Tobago'].map((text) => lookupCountry(text)?.iso2),
    ).toEqual(['BA', 'KN', 'VC', 'TT']);
  });
});

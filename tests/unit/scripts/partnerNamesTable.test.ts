import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPublishedToSimplified } from '../../../scripts/geonamesNamesZh';
import { createTableLookup, parsePartnerNamesTable } from '../../../scripts/partnerNamesTable';

const HEADER = 'iso2\tnameEn\tnameZh\tsource\tmatchedBy';
const table = (...lines: string[]): string => `${[HEADER, ...lines].join('\n')}\n`;
const committed = parsePartnerNamesTable(readFileSync(fileURLToPath(new URL('../../../scripts/sources/partner-names-zh.tsv', import.meta.url)), 'utf8'));
const toSimplified = createPublishedToSimplified();

describe('parsePartnerNamesTable', () => {
  it('parsePartnerNamesTable reads rows by ISO2|nameEn', () => {
    const rows = parsePartnerNamesTable(table('KR\tGimhae\t金海市\tlibhangul\tWOF locality 890476199 @1.3km'));
    expect(rows.get('KR|Gimhae')).toEqual({ iso2: 'KR', nameEn: 'Gimhae', nameZh: '金海市', source: 'libhangul', matchedBy: 'WOF locality 890476199 @1.3km' });
  });

  it('parsePartnerNamesTable throws on an unknown source, a partner listed twice or a wrong header', () => {
    expect(() => parsePartnerNamesTable(table('KR\tGimhae\t金海市\tguess\t'))).toThrow(/source/);
    expect(() => parsePartnerNamesTable(table('KR\tGimhae\t金海市\twof\t', 'KR\tGimhae\t金海市\tlibhangul\t'))).toThrow(/twice/);
    expect(() => parsePartnerNamesTable('iso2\tname\n')).toThrow(/header/);
  });
});

describe('createPublishedToSimplified', () => {
  it.each([
    ['金海市', 'KR', '金海市'],
    ['淸州市', 'KR', '清州市'],
    ['愛知県', 'JP', '爱知县'],
    ['沙加緬度', 'US', '沙加缅度'],
    ['萨尔茨堡州', 'AT', '萨尔茨堡州'],
  ])('createPublishedToSimplified(%s, %s) is %s', (name, iso2, simplified) => {
    expect(toSimplified(name, iso2)).toBe(simplified);
  });

  it('createPublishedToSimplified gives no Chinese form for a name written in kana', () => {
    expect(toSimplified('さいたま市', 'JP')).toBeNull();
    expect(toSimplified('南アルプス市', 'JP')).toBeNull();
  });
});

describe('createTableLookup', () => {
  const lookup = createTableLookup(parsePartnerNamesTable(table('KR\tSeoul – Gangnam\t江南區\tlibhangul\t', 'JP\tTsukuba\tつくば市\twof\t')), toSimplified);

  it('createTableLookup gives the simplified name and its source', () => {
    expect(lookup({ iso2: 'KR', nameEn: 'Seoul – Gangnam' })).toEqual({ nameZh: '江南区', source: 'libhangul' });
  });

  it('createTableLookup gives nothing for a partner not in the table or named in kana', () => {
    expect(lookup({ iso2: 'KR', nameEn: 'Gimhae' })).toBeNull();
    expect(lookup({ iso2: 'JP', nameEn: 'Tsukuba' })).toBeNull();
  });
});

describe('scripts/sources/partner-names-zh.tsv', () => {
  it('the committed table leaves out the places checked wrong by hand', () => {
    for (const key of [
      'ZA|Free State',
      'ZA|Buffalo City',
      'CZ|Prague 1',
      'MY|Kuching (Kuching South City)',
      'MY|Kuching (Kuching North City)',
      'US|Utah County',
      'US|Washington County',
      'FR|Dole',
      'US|Orange County',
      'US|Moore County',
      'AT|Vienna 11 – Simmering',
      'CL|Los Ríos Region',
    ]) {
      expect(committed.has(key), key).toBe(false);
    }
  });

  it('the committed table has a type character in every iso-codes name of a partner named with a type word', () => {
    const typeWord = /\b(County|Province|Region|Department|State|Prefecture|Oblast|Krai)\b/;
    const bare = [...committed.values()].filter(
      (row) => row.source === 'iso-codes' && typeWord.test(row.nameEn) && !/[省州郡县縣県区區府邦道都市]/.test(row.nameZh),
    );
    expect(bare.map((row) => `${row.iso2}|${row.nameEn}`)).toEqual([]);
  });

  it('the committed table gives Uiwang its official hanja 義王市', () => {
    expect(committed.get('KR|Uiwang')?.nameZh).toBe('義王市');
  });

  it('the committed table names a unit after its capital with the Chinese word for its kind', () => {
    const names = Object.fromEntries(
      ['TR|Antalya Province', 'RU|Moscow Oblast', 'US|Los Angeles County', 'KE|Mombasa County', 'IT|Avellino Province'].map((key) => [
        key,
        committed.get(key)?.nameZh,
      ]),
    );
    expect(names).toEqual({
      'TR|Antalya Province': '安塔利亚省',
      'RU|Moscow Oblast': '莫斯科州',
      'US|Los Angeles County': '洛杉矶县',
      'KE|Mombasa County': '蒙巴萨郡',
      'IT|Avellino Province': '阿韦利诺省',
    });
  });

  it('the committed table takes the mainland form where GNOME and KDE translators differ', () => {
    expect(committed.get('HR|Osijek')?.nameZh).toBe('奥西耶克');
    expect(committed.get('US|Newport News')?.nameZh).toBe('纽波特纽斯');
    expect(committed.get('HR|Osijek')?.matchedBy).toMatch(/other: 奥斯杰/);
  });

  it("the committed table takes Who's On First's names where a translator's list is wrong", () => {
    expect(committed.get('UA|Mykolaiv')?.nameZh).toBe('尼古拉耶夫');
    expect(committed.get('RO|Arad')?.nameZh).toBe('阿拉德');
    expect(committed.get('IT|Lombardy')?.nameZh).toBe('伦巴第');
  });
});

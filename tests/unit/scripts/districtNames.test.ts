import { describe, expect, it } from 'vitest';
import { districtParentEn, qualifyDistrictNames } from '../../../scripts/districtNames';
import { createPublishedToSimplified } from '../../../scripts/geonamesNamesZh';
import type { Pairing } from '../../../src/data/schema';
import { pairing } from '../pairing';

function partner(nameEn: string, nameZh: string, iso2: string, level: Pairing['partner']['level']): Pairing {
  return pairing({ id: `x--${nameEn}`, partner: { nameEn, nameZh, iso2, level } });
}

const namesOf = (pairings: readonly Pairing[]): string[] => pairings.map((p) => p.partner.nameZh);

describe('districtParentEn', () => {
  it.each([
    ['Seoul – Gangnam', 'Seoul'],
    ['Tokyo – Ōta', 'Tokyo'],
    ['Dongdaemun (Seoul)', 'Seoul'],
    ['Dong District (Daegu)', 'Daegu'],
    ['Gimhae', null],
  ])('districtParentEn(%j) is %j', (nameEn, parent) => {
    expect(districtParentEn(nameEn)).toBe(parent);
  });
});

describe('qualifyDistrictNames', () => {
  const seoul = partner('Seoul', '首尔特别市', 'KR', 'city');
  const daejeon = partner('Daejeon', '大田广域市', 'KR', 'city');
  const tokyo = partner('Tokyo', '东京都', 'JP', 'city');

  it('qualifyDistrictNames leads a converted hanja district name with its city: 江南區 → 首尔特别市江南区', () => {
    const gangnam = partner('Seoul – Gangnam', createPublishedToSimplified()('江南區', 'KR')!, 'KR', 'district');
    expect(namesOf(qualifyDistrictNames([seoul, gangnam]))).toEqual(['首尔特别市', '首尔特别市江南区']);
  });

  it('qualifyDistrictNames reads the city from either form of the English name', () => {
    const pairings = [tokyo, daejeon, partner('Ōta (Tokyo)', '大田区', 'JP', 'district'), partner('Jung (Daejeon)', '中区', 'KR', 'district')];
    expect(namesOf(qualifyDistrictNames(pairings)).slice(2)).toEqual(['东京都大田区', '大田广域市中区']);
  });

  it('qualifyDistrictNames leaves a district in English when its city has no Chinese name', () => {
    const pairings = [partner('Incheon', 'Incheon', 'KR', 'city'), partner('Incheon – Jung', '中区', 'KR', 'district')];
    expect(namesOf(qualifyDistrictNames(pairings))[1]).toBe('Incheon – Jung');
  });

  it('qualifyDistrictNames changes no city and no district outside Japan and Korea', () => {
    const pairings = [
      partner('Yamagata', '山形市', 'JP', 'city'),
      partner("Nan'yō (Yamagata)", '南阳市', 'JP', 'city'),
      partner('Saint Petersburg', '圣彼得堡', 'RU', 'city'),
      partner('Kolpino (Saint Petersburg)', '科尔皮诺区', 'RU', 'district'),
    ];
    expect(qualifyDistrictNames(pairings)).toEqual(pairings);
  });
});

import { describe, expect, it } from 'vitest';
import type { PartnerQuery } from '../../../scripts/buildDataset';
import { countNameSources, createPartnerNames, sourcedLookup } from '../../../scripts/partnerNameSources';
import type { DatasetFile } from '../../../src/data/schema';
import { pairing } from '../pairing';

const query = (nameEn: string): PartnerQuery => ({ nameEn, iso2: 'KR', level: 'city', lat: null, lon: null });

describe('createPartnerNames', () => {
  const names = createPartnerNames([
    sourcedLookup('geonames-cities500', (partner) => (partner.nameEn === 'Ulsan' ? '蔚山广域市' : null)),
    sourcedLookup('libhangul', (partner) => ({ Ulsan: '蔚山市', Gimhae: '金海市' })[partner.nameEn] ?? null),
  ]);

  it('createPartnerNames keeps the first source that names a partner', () => {
    expect(names.nameZh(query('Ulsan'))).toBe('蔚山广域市');
    expect(names.sourceOf.get('KR|Ulsan')).toBe('geonames-cities500');
  });

  it('createPartnerNames asks the next source when the first has no name', () => {
    expect(names.nameZh(query('Gimhae'))).toBe('金海市');
    expect(names.sourceOf.get('KR|Gimhae')).toBe('libhangul');
    expect(names.nameZh(query('Pohang'))).toBeNull();
  });
});

describe('countNameSources', () => {
  it('countNameSources counts each named partner once, under its source', () => {
    const file = {
      pairings: [
        pairing({ id: 'a', partner: { nameEn: 'Gimhae', nameZh: '金海市', iso2: 'KR' } }),
        pairing({ id: 'b', partner: { nameEn: 'Gimhae', nameZh: '金海市', iso2: 'KR' } }),
        pairing({ id: 'c', partner: { nameEn: 'Pohang', nameZh: 'Pohang', iso2: 'KR' } }),
      ],
    } as DatasetFile;
    const counts = new Map(countNameSources(file, new Map([['KR|Gimhae', 'libhangul' as const]])));
    expect(counts.get('libhangul')).toBe(1);
    expect(counts.get('geonames-cities500')).toBe(0);
  });
});

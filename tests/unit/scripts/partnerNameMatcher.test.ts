import { describe, expect, it } from 'vitest';
import type { PartnerQuery } from '../../../scripts/buildDataset';
import { createPartnerNameMatcher, foldName, type GazetteerPlace } from '../../../scripts/partnerNameMatcher';

function place(overrides: Partial<GazetteerPlace>): GazetteerPlace {
  return { id: 1, iso2: 'US', lat: 38.63, lon: -90.2, names: ['St. Louis'], alternateNames: [], ...overrides };
}

const STL: PartnerQuery = { nameEn: 'Saint Louis', iso2: 'US', level: 'city', lat: 38.6, lon: -90.2 };
const simplifiedOnly = (name: string): boolean => !/[頓]/.test(name);

function match(places: GazetteerPlace[], query: PartnerQuery = STL): string | null {
  return createPartnerNameMatcher(places, { maxDistanceKm: 30, isSimplifiedChinese: simplifiedOnly })(query);
}

describe('createPartnerNameMatcher', () => {
  it('foldName drops accents and spells out St.', () => {
    expect(foldName('St. Étienne')).toBe('saint etienne');
  });

  it('createPartnerNameMatcher takes the one Han alternate name of the one nearby place', () => {
    expect(match([place({ alternateNames: ['Sent Luis', '圣路易斯', 'セントルイス'] })])).toBe('圣路易斯');
  });

  it('createPartnerNameMatcher skips names that are not simplified Chinese', () => {
    expect(match([place({ alternateNames: ['休斯頓', '休斯敦'] })])).toBe('休斯敦');
  });

  it('createPartnerNameMatcher answers null when the place has two Chinese names', () => {
    expect(match([place({ alternateNames: ['列斯', '利兹'] })])).toBeNull();
  });

  it('createPartnerNameMatcher answers null when two places of that name are near the point', () => {
    const places = [place({ alternateNames: ['圣路易斯'] }), place({ id: 2, lat: 38.7, alternateNames: ['圣路易'] })];
    expect(match(places)).toBeNull();
  });

  it('createPartnerNameMatcher ignores a same-name place far from the point or in another country', () => {
    const places = [
      place({ alternateNames: ['圣路易斯'] }),
      place({ id: 2, lat: 16.0, lon: -16.5, iso2: 'SN', alternateNames: ['圣路易'] }),
      place({ id: 3, lat: 45.0, lon: -93.0, alternateNames: ['圣路易公园'] }),
    ];
    expect(match(places)).toBe('圣路易斯');
  });

  it('createPartnerNameMatcher needs a unique name in the country when the partner has no point', () => {
    const places = [place({ alternateNames: ['圣路易斯'] }), place({ id: 3, lat: 45.0, alternateNames: ['圣路易'] })];
    expect(match(places, { ...STL, lat: null, lon: null })).toBeNull();
    expect(match(places.slice(0, 1), { ...STL, lat: null, lon: null })).toBe('圣路易斯');
  });

  it('createPartnerNameMatcher does not name state or province partners', () => {
    expect(match([place({ alternateNames: ['圣路易斯'] })], { ...STL, level: 'state/province' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { arcMask, selectArcData, toArcData } from '../../../../src/map/arcs/arcData';
import { arcCount, unpackArcs } from '../../../../src/map/arcs/arcTransfer';
import { selectCities } from '../../../../src/state/cities';
import { hexToRgb01, regionColor } from '../../../../src/theme/regionColors';
import { pairing } from '../../pairing';

const dataset = {
  title: 't',
  totals: [],
  pairings: [
    pairing({ id: 'a', year: 1979 }),
    pairing({ id: 'b', notOnMap: 'partner-coordinates-missing', partner: { nameEn: 'Nowhere', lat: null, lon: null } }),
    pairing({ id: 'c', year: null, partner: { nameEn: 'Nagoya', iso2: 'JP', region: 'east-asia', lat: 35.18, lon: 136.91 } }),
  ],
};

describe('toArcData', () => {
  it('packs one arc per pairing on the map, in dataset order, with its ends, year, region colour and city indexes', () => {
    const cities = selectCities(dataset);
    const { arcs, pairingOf } = toArcData(dataset, cities);
    expect(arcCount(arcs)).toBe(2);
    expect([...pairingOf]).toEqual([0, 2]);
    const [first, second] = unpackArcs(arcs);
    expect(first).toEqual({
      from: [118.78, 32.06],
      to: [-90.2, 38.63],
      year: 1979,
      color: hexToRgb01(regionColor('north-america')),
      cnIndex: cities.cnOf[0],
      partnerIndex: cities.partnerOf[0],
    });
    expect(second!.year).toBeNull();
    expect(second!.to).toEqual([136.91, 35.18]);
    expect(second!.color).toEqual(hexToRgb01(regionColor('east-asia')));
    expect(second!.partnerIndex).toBe(cities.partnerOf[2]);
    expect(second!.partnerIndex).not.toBe(first!.partnerIndex);
  });

  it('selectArcData(dataset) computes the arcs once per dataset object', () => {
    expect(selectArcData(dataset)).toBe(selectArcData(dataset));
    expect(selectArcData(dataset).arcs).toEqual(toArcData(dataset, selectCities(dataset)).arcs);
    expect(selectArcData({ ...dataset })).not.toBe(selectArcData(dataset));
  });

  it('gives the arc layer a mask in arc order from a per-pairing one', () => {
    const { pairingOf } = toArcData(dataset, selectCities(dataset));
    expect([...arcMask(pairingOf, Uint8Array.from([0, 1, 1]))!]).toEqual([0, 1]);
    expect(arcMask(pairingOf, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { packProblems } from '../../../scripts/packChecks';
import { pairing } from '../pairing';

const NEAR = (): number => 2;

describe('packProblems', () => {
  it('packProblems reports a flag the pack README does not describe', () => {
    const problems = packProblems(
      [pairing({ id: 'a--b-us' })].map((p) => ({ ...p, flags: ['cn_side_refined:moved', 'brand_new_flag:x'] })),
      NEAR,
    );
    expect(problems).toEqual([{ kind: 'unknown flag', message: 'a--b-us: brand_new_flag' }]);
  });

  it('packProblems reports a city partner point far from every place of its name', () => {
    const problems = packProblems([pairing({ id: 'changsha--kansas-city-us' })], () => 322.4);
    expect(problems).toEqual([
      { kind: 'partner point far from its named place', message: 'changsha--kansas-city-us: 322 km from the nearest "St. Louis" in US' },
    ]);
  });

  it('packProblems accepts a far point the pack already flags as unverified', () => {
    const flagged = { ...pairing(), flags: ['partner_coord_unverified:120km_from_nearest_same-name_place'] };
    expect(packProblems([flagged], () => 500)).toEqual([]);
  });

  it('packProblems reports the same tie listed twice without a duplicate flag', () => {
    const problems = packProblems(
      [pairing({ id: 'nanjing--st-louis-us' }), pairing({ id: 'nanjing--saint-louis-us', partner: { nameEn: 'Saint Louis' } })],
      NEAR,
    );
    expect(problems).toEqual([{ kind: 'duplicate pairing', message: 'nanjing--saint-louis-us repeats nanjing--st-louis-us' }]);
  });

  it('packProblems accepts a repeat the pack marks as a possible duplicate', () => {
    const second = { ...pairing({ id: 'nanjing--saint-louis-us' }), flags: ['possible_duplicate_of:nanjing--st-louis-us'] };
    expect(packProblems([pairing(), second], NEAR)).toEqual([]);
  });
});

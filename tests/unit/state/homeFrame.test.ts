import { describe, expect, test } from 'vitest';
import { selectHomePoints } from '../../../src/state/homeFrame';
import { tieFixture } from './tieFixture';

describe('selectHomePoints', () => {
  test('selectHomePoints(dataset, 320200) is Wuxi with each placed partner once per tie', () => {
    expect(selectHomePoints(tieFixture(), '320200', true)).toEqual({
      home: [120.31, 31.49],
      partners: [
        [134.99, 34.64],
        [115.86, -31.95],
      ],
    });
  });

  test('selectHomePoints(dataset, unknown) is null', () => {
    expect(selectHomePoints(tieFixture(), '999999', true)).toBeNull();
  });
});

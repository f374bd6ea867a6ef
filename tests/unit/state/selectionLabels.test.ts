import { describe, expect, test } from 'vitest';
import { selectSelectionLabels } from '../../../src/state/selectionLabels';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const all = new Uint8Array(data.pairings.length).fill(1);

describe('selectSelectionLabels', () => {
  test('selectSelectionLabels(dataset, visible, cn city, "zh") names its partners in Chinese', () => {
    expect(
      selectSelectionLabels(data, all, { side: 'cn', key: '320200' }, 'zh')
        .map((l) => l.name)
        .sort(),
    ).toEqual(['明石', '珀斯']);
  });

  test('selectSelectionLabels(dataset, visible, partner, "en") names its Chinese units in English', () => {
    const akashi = `JP|Akashi|city`;
    expect(
      selectSelectionLabels(data, all, { side: 'partner', key: akashi }, 'en')
        .map((l) => l.name)
        .sort(),
    ).toEqual(['Hefei', 'Wuxi']);
  });

  test('selectSelectionLabels(dataset, visible, ref, lang) leaves out ties outside the view', () => {
    const onlyAkashi = Uint8Array.from([0, 1, 0, 0, 0]);
    expect(selectSelectionLabels(data, onlyAkashi, { side: 'cn', key: '320200' }, 'en').map((l) => l.name)).toEqual(['Akashi']);
  });

  test('selectSelectionLabels(dataset, visible, null, lang) is empty without a selection', () => {
    expect(selectSelectionLabels(data, all, null, 'en')).toEqual([]);
  });
});

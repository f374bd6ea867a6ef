import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetCounts } from '../../../scripts/datasetCounts';
import { formatDatasetFile } from '../../../src/data/serializeDataset';
import { dataPath, readAtlasFile } from '../data/atlasFile';

describe('build outputs', () => {
  it('formatDatasetFile writes JSON that parses back to the same file, one record per line', () => {
    const file = readAtlasFile();
    const text = formatDatasetFile(file);
    expect(JSON.parse(text)).toEqual(file);
    expect(text.split('\n').length).toBe(file.pairings.length + file.totals.length + 6);
  });

  it('data/atlas.json is exactly what formatDatasetFile writes for it', () => {
    const text = readFileSync(dataPath('atlas.json'), 'utf8');
    expect(formatDatasetFile(JSON.parse(text))).toBe(text);
  });

  it('data/README.md states the counts of data/atlas.json', () => {
    const counts = datasetCounts(readAtlasFile());
    const readme = readFileSync(dataPath('README.md'), 'utf8');
    for (const line of [
      `| pairings | ${counts.pairings} |`,
      `| on the map (both points usable) | ${counts.drawable} |`,
      `| with a year | ${counts.withYear} |`,
      `| with conflicting year claims | ${counts.conflicts} |`,
      `| not on the map | ${counts.notOnMap} |`,
    ]) {
      expect(readme).toContain(line);
    }
  });
});

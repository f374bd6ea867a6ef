import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS } from '../../../src/data/attribution';
import { attributionMarkdown } from '../../../scripts/attributionMarkdown';
import { dataPath } from './atlasFile';

describe('ATTRIBUTIONS', () => {
  it('ATTRIBUTIONS has unique ids and every entry names its use and licence in both languages', () => {
    expect(new Set(ATTRIBUTIONS.map((a) => a.id)).size).toBe(ATTRIBUTIONS.length);
    for (const a of ATTRIBUTIONS) {
      expect([a.name, a.licence, a.usedFor.en, a.usedFor.zh].every((text) => text.length > 0)).toBe(true);
    }
  });

  it('ATTRIBUTIONS carries the credits the source pack requires', () => {
    const notices = ATTRIBUTIONS.map((a) => `${a.licence} ${a.notice}`).join('\n');
    for (const required of [
      'Contains information from Wikipedia (en.wikipedia.org), CC BY-SA 4.0',
      '© 2026 Erik Hekman',
      '© OpenStreetMap contributors',
      'GeoNames (geonames.org)',
      'simplemaps.com',
      'ODbL 1.0',
      'Public domain',
    ]) {
      expect(notices).toContain(required);
    }
  });

  it('data/ATTRIBUTION.md is the list as the build writes it', () => {
    expect(readFileSync(dataPath('ATTRIBUTION.md'), 'utf8')).toBe(attributionMarkdown());
  });
});

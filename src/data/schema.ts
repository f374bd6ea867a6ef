/**
 * The atlas dataset: one record per pairing of a Chinese unit and a foreign partner.
 * Written by `npm run data:build` into data/atlas.json, and produced by the importer for user files.
 * Pure types only: no DOM, no maplibre.
 */

/** Administrative level of the Chinese side. */
export type CnLevel = 'province' | 'prefecture' | 'county' | 'district';

/** Administrative level of the partner. */
export type PartnerLevel = 'state/province' | 'city' | 'district' | 'unknown';

/** Type of tie stated by the sources. */
export type Relation = 'friendship city' | 'friendly cooperation city' | 'friendly exchange city' | 'letter of intent' | 'unknown';

/** What a year claim says happened. */
export type ClaimKind = 'signing' | 'approval' | 'other';

/** How far a source can be trusted, best first. */
export type Reliability = 'official' | 'partner-official' | 'news' | 'wiki-mirror' | 'low' | 'user';

/**
 * How the shown year was decided:
 * - `sourced`: every claim agrees on one year (or there is one claim),
 * - `conflict`: sources disagree; the shown year follows the rule in data/README.md,
 * - `unknown`: no year claim at all.
 */
export type YearStatus = 'sourced' | 'conflict' | 'unknown';

/** World region of a partner country, used for arc colour and the legend. */
export type Region = 'east-asia' | 'southeast-asia' | 'south-central-asia' | 'west-asia' | 'europe' | 'africa' | 'north-america' | 'latin-america' | 'oceania';

/**
 * Why a pairing cannot be drawn. The UI translates each code; the detail (which side, which flag)
 * stays in `Pairing.flags`.
 */
export type NotOnMapReason =
  | 'partner-coordinates-missing'
  | 'cn-coordinates-missing'
  | 'coordinates-missing'
  | 'coordinates-out-of-range'
  | 'not-geocoded'
  | 'ambiguous-name'
  | 'same-place';

/** One year or date stated by one source for one pairing. */
export interface YearClaim {
  year: number;
  /** The most precise date the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  kind: ClaimKind;
  reliability: Reliability;
  /** Page the claim comes from, or '' when the source has no URL. */
  url: string;
  /** Source name when there is no URL, else ''. */
  title: string;
  note: string;
}

/** The Chinese side of a pairing. */
export interface CnSide {
  /** GB/T 2260 code, '' when unknown (user data). */
  code: string;
  nameEn: string;
  nameZh: string;
  /** Toneless pinyin syllables separated by spaces ("nan jing"), '' when unknown (imports may lack it). */
  pinyin: string;
  level: CnLevel;
  parentEn: string;
  parentZh: string;
  provinceEn: string;
  provinceZh: string;
  lat: number | null;
  lon: number | null;
}

/** The foreign side of a pairing. */
export interface PartnerSide {
  nameEn: string;
  /** Chinese name; equals nameEn when no Chinese name is known. */
  nameZh: string;
  /** ISO 3166-1 alpha-2, upper case; '' when unknown. */
  iso2: string;
  countryEn: string;
  countryZh: string;
  region: Region | null;
  level: PartnerLevel;
  lat: number | null;
  lon: number | null;
}

/** One sister-city tie. */
export interface Pairing {
  id: string;
  cn: CnSide;
  partner: PartnerSide;
  relation: Relation;
  /** The year shown on the timeline; null when unknown. */
  year: number | null;
  yearStatus: YearStatus;
  /** Every year claim, earliest first. */
  claims: YearClaim[];
  /** QA flags a user should see (source pack `qa_flags`, verbatim). */
  flags: string[];
  /** Why the pairing cannot be drawn, or null when it is on the map. */
  notOnMap: NotOnMapReason | null;
}

/**
 * What a published total counts for: all of China, China and a foreign country or group (`China–Japan`,
 * `Jiangsu–United States`), one province-level unit, or one city (prefecture level, including the four
 * municipalities, which pair as cities).
 */
export type TotalScopeKind = 'national' | 'bilateral' | 'province' | 'city';

/** A published national or local total (source pack official_totals.csv). */
export interface OfficialTotal {
  /** As written in the source pack: `China`, `China–Japan`, `Jiangsu`, `Nanjing`, `Suzhou (Jiangsu)`. */
  scope: string;
  scopeKind: TotalScopeKind;
  /** GB/T 2260 code of the province or city the figure is for; '' for national and bilateral totals. */
  scopeCode: string;
  /** As given: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** Decimal year for plotting (2015-06 -> 2015.42). */
  asOfYear: number;
  /** Number of pairings reported; null when the source gives only other figures (see `note`). */
  pairs: number | null;
  countries: number | null;
  url: string;
  /** What the figure counts and where it comes from, in English, as the source pack gives it. */
  note: string;
  /** `note` in Chinese (scripts/sources/totals-notes-zh.tsv); '' when there is none (imported files). */
  noteZh: string;
}

/** The whole dataset as loaded by the app. */
export interface Dataset {
  /** Human title: 'China friendship cities (source pack)' or a file name. */
  title: string;
  pairings: Pairing[];
  totals: OfficialTotal[];
}

/** The file format of data/atlas.json. */
export interface DatasetFile extends Dataset {
  format: 'sister-city-atlas';
  version: 1;
  /** SHA-256 of the source pack files the data was built from. */
  sourceHash: string;
}

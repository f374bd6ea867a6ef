import type { Region } from './schema';

/** Every region in legend order: roughly west to east around China, then the Americas. */
export const REGIONS: readonly Region[] = [
  'east-asia',
  'southeast-asia',
  'south-central-asia',
  'west-asia',
  'europe',
  'africa',
  'north-america',
  'latin-america',
  'oceania',
];

/**
 * ISO 3166-1 alpha-2 codes by region, following the UN M49 sub-regions:
 * East Asia; South-eastern Asia; Southern + Central Asia; Western Asia (with the Caucasus and Cyprus);
 * Europe (with Russia and Kosovo `XK`); Africa (with the French Southern Territories and the British
 * Indian Ocean Territory); Northern America (US, Canada, Greenland, Bermuda, Saint Pierre and Miquelon);
 * Latin America and the Caribbean (with Bouvet Island and South Georgia); Oceania (with Christmas and
 * Cocos Islands and the US Minor Outlying Islands). Antarctica (`AQ`) has no region.
 */
const CODES: Record<Region, string> = {
  'east-asia': 'CN HK JP KP KR MN MO TW',
  'southeast-asia': 'BN ID KH LA MM MY PH SG TH TL VN',
  'south-central-asia': 'AF BD BT IN IR KG KZ LK MV NP PK TJ TM UZ',
  'west-asia': 'AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE',
  europe:
    'AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV ' +
    'MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML ' +
    'MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW',
  'north-america': 'BM CA GL PM US',
  'latin-america':
    'AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY ' +
    'LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI',
  oceania: 'AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS',
};

const REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.flatMap((region) => CODES[region].split(' ').map((code) => [code, region] as const)));

/** Every ISO 3166-1 alpha-2 code (plus `XK`) that has a region. */
export const CODES_WITH_REGION: readonly string[] = [...REGION_BY_CODE.keys()].sort();

/**
 * The world region of a country, from its ISO 3166-1 alpha-2 code (case-insensitive, `XK` for Kosovo).
 * Returns null for Antarctica, unknown codes and anything that is not a code.
 */
export function regionOf(iso2: string): Region | null {
  return REGION_BY_CODE.get(iso2.trim().toUpperCase()) ?? null;
}

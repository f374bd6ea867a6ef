/**
 * What a column header says, read from its words in English or Chinese: which concept (name,
 * latitude, year…) and which side of the pairing (the Chinese city or its partner).
 */

/** The kind of value a header announces. */
export type HeaderConcept = 'name' | 'lat' | 'lon' | 'country' | 'province' | 'year';

/** Side 1 is the Chinese unit (city, from, origin, source, 1, a); side 2 its partner. */
export type HeaderSide = 1 | 2 | null;

/** A header read into concept and side. */
export interface HeaderMeaning {
  concept: HeaderConcept | null;
  side: HeaderSide;
}

const SIDE1 = new Set(['1', 'a', 'from', 'origin', 'orig', 'source', 'src', 'home', 'chinese', 'china', 'cn', 'domestic', 'local']);
const SIDE2 = new Set([
  '2',
  'b',
  'to',
  'dest',
  'destination',
  'target',
  'tgt',
  'partner',
  'partners',
  'sister',
  'twin',
  'twinned',
  'foreign',
  'international',
  'friendship',
  'friend',
]);
/** Side words that name a place on their own: "partner" is the partner's name, "2" is not. */
const PLACE_SIDES = new Set(['from', 'origin', 'orig', 'source', 'src', 'to', 'dest', 'destination', 'target', 'tgt', 'partner', 'partners', 'sister', 'twin']);

const LATIN: [HeaderConcept, Set<string>][] = [
  ['lat', new Set(['lat', 'latitude', 'ycoord'])],
  ['lon', new Set(['lon', 'lng', 'long', 'longitude', 'xcoord'])],
  ['country', new Set(['country', 'nation', 'iso', 'iso2', 'countrycode', 'cc'])],
  ['province', new Set(['province', 'prov'])],
  ['year', new Set(['year', 'date', 'time', 'established', 'signed', 'since', 'founded', 'signing', 'yr'])],
  ['name', new Set(['city', 'cities', 'name', 'town', 'municipality', 'place', 'location', 'locality', 'prefecture'])],
];

const HAN_SIDE1 = ['中方', '中国', '我方', '国内', '本地', '甲方', '我国'];
const HAN_SIDE2 = ['外方', '外国', '国外', '友城', '友好', '对方', '乙方', '姊妹', '姐妹', '结好城市', '缔结城市'];

const HAN: [HeaderConcept, string[]][] = [
  ['lat', ['纬度', '纬']],
  ['lon', ['经度', '经']],
  ['year', ['时间', '日期', '年份', '年代', '年']],
  ['country', ['国家', '国别', '所属国', '国名']],
  ['province', ['省份', '省区', '省']],
  ['name', ['城市', '名称', '地名', '友城', '市', '城']],
  ['year', ['结好', '缔结', '建立', '签约', '签署', '建交']],
];

/** Latin words of a header, splitting camelCase and letter–digit boundaries: "cityTo2" -> city, to, 2. */
function words(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function readHan(text: string): HeaderMeaning {
  let side: HeaderSide = null;
  if (HAN_SIDE2.some((marker) => text.includes(marker))) side = 2;
  else if (HAN_SIDE1.some((marker) => text.includes(marker))) side = 1;
  const found = HAN.find(([, markers]) => markers.some((marker) => text.includes(marker)));
  if (found) return { concept: found[0], side };
  return { concept: side === 2 ? 'name' : null, side };
}

function readLatin(list: string[]): HeaderMeaning {
  // A partner word wins over a language tag: "partner_cn" is the partner's Chinese name.
  const side: HeaderSide = list.some((word) => SIDE2.has(word)) ? 2 : list.some((word) => SIDE1.has(word)) ? 1 : null;
  const found = LATIN.find(([, set]) => list.some((word) => set.has(word)));
  if (found) return { concept: found[0], side };
  const placeSide = list.some((word) => PLACE_SIDES.has(word));
  return { concept: placeSide ? 'name' : null, side };
}

/**
 * Reads a header such as `城市`, `外方城市`, `结好时间`, `partner_country`, `lat2`, `originLon`
 * or `Sister city` into its concept and side. Headers that announce nothing (`id`, `序号`, `note`)
 * give concept null.
 */
export function readHeader(header: string): HeaderMeaning {
  const text = header.normalize('NFKC').trim();
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  const latin = words(text.replace(/\p{Script=Han}/gu, ' '));
  const fromHan = han === '' ? { concept: null, side: null } : readHan(han);
  const fromLatin = readLatin(latin);
  const concept = fromHan.concept ?? fromLatin.concept;
  const side = fromHan.side ?? fromLatin.side;
  return { concept, side };
}

/**
 * Keys for matching place names as people write them: case, accents, punctuation, full-width forms,
 * "St." for "Saint" and Chinese administrative suffixes do not matter. Pure string functions.
 */

const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x20-\x7e]*$/;

/** Whether a name contains Chinese characters. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sta', 'santa'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);

/** Latin words, lower case, without accents or punctuation: "Saint-Étienne" -> ["saint", "etienne"]. */
export function latinWords(text: string): string[] {
  const plain = ASCII.test(text)
    ? text
    : text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[ıİ]/g, 'i');
  return plain
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS.get(word) ?? word);
}

/**
 * The matching key of a name: Latin words joined without spaces ("St. Louis" and "Saint-Louis" ->
 * "saintlouis", "Xi'an" -> "xian"); Chinese text keeps its characters without spaces or punctuation.
 */
export function nameKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    const normal = ASCII.test(text) ? text : text.normalize('NFKC').trim();
    key = hasHan(normal) ? normal.replace(/[\s\p{P}\p{S}]+/gu, '') : latinWords(normal).join('');
    if (keys.size >= MAX_CACHED) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** Keys of recent names: files repeat their names, and a 100,000-row file asks for each many times. */
const keys = new Map<string, string>();
const MAX_CACHED = 50_000;

const ZH_SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '新区',
  '林区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];

/** The level a suffix states: what "Jilin City" or "吉林省" says about the unit meant. */
export type LevelHint = 'province' | 'city' | 'county' | 'district' | null;

/** A Chinese name without its administrative suffix, and what the suffix said about the level. */
export interface StrippedName {
  key: string;
  hint: LevelHint;
}

function zhHint(suffix: string): LevelHint {
  if (suffix === '省' || suffix.endsWith('自治区') || suffix === '特别行政区') return 'province';
  if (suffix === '市' || suffix === '地区' || suffix === '盟' || suffix === '自治州') return 'city';
  if (suffix === '县' || suffix === '旗' || suffix === '自治县' || suffix === '自治旗') return 'county';
  if (suffix === '区' || suffix === '新区' || suffix === '林区') return 'district';
  return null;
}

const EN_SUFFIXES: ReadonlyMap<string, LevelHint> = new Map(
  Object.entries({
    province: 'province',
    sheng: 'province',
    city: 'city',
    shi: 'city',
    prefecture: 'city',
    league: 'city',
    district: 'district',
    qu: 'district',
    county: 'county',
    xian: 'county',
    banner: 'county',
  }) as [string, LevelHint][],
);

/**
 * Strips one administrative suffix from a Chinese unit's name, in Chinese ("苏州市" -> "苏州") or
 * English/pinyin ("Suzhou City" -> "suzhou", "Inner Mongolia Autonomous Region" -> "innermongolia");
 * a name that would lose all its words or keep a single character keeps its suffix.
 */
export function stripCnSuffix(text: string): StrippedName {
  const key = nameKey(text);
  if (hasHan(key)) {
    for (const suffix of ZH_SUFFIXES) {
      if (key.endsWith(suffix) && key.length - suffix.length >= 2) {
        return { key: key.slice(0, -suffix.length), hint: zhHint(suffix) };
      }
    }
    return { key, hint: null };
  }
  const words = latinWords(text);
  const n = words.length;
  if (n > 2 && words[n - 2] === 'autonomous' && words[n - 1] === 'region') {
    return { key: words.slice(0, -2).join(''), hint: 'province' };
  }
  const hint = n > 1 ? EN_SUFFIXES.get(words[n - 1]!) : undefined;
  if (hint) return { key: words.slice(0, -1).join(''), hint };
  return { key: words.join(''), hint: null };
}

/**
 * Splits a qualifier off a name: "Suzhou, Jiangsu", "Suzhou (Jiangsu)" and "苏州（江苏）" give
 * name "Suzhou"/"苏州" and qualifier "Jiangsu"/"江苏"; a name without one gives qualifier ''.
 */
export function splitQualifier(text: string): { name: string; qualifier: string } {
  const normal = text.normalize('NFKC').trim();
  const paren = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(normal);
  if (paren) return { name: paren[1]!.trim(), qualifier: paren[2]!.trim() };
  const comma = normal.lastIndexOf(',');
  if (comma > 0) return { name: normal.slice(0, comma).trim(), qualifier: normal.slice(comma + 1).trim() };
  return { name: normal, qualifier: '' };
}

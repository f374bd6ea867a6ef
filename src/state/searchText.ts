/**
 * Text normalisation for search: how a query and a name are reduced before they are compared.
 * Pure string functions, shared by the index and the query.
 */

const HAN = /\p{Script=Han}/u;

/** Administrative suffixes a user may or may not type: 南京 and 南京市 are the same place. */
const HAN_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/u;

/** Whether text contains Chinese characters (then it is compared with Chinese names). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** A Chinese name without spaces, middle dots and punctuation: "圣路易斯 市" -> "圣路易斯市". */
export function normaliseHan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** A normalised Chinese name without its administrative suffix, or '' when nothing would be left. */
export function stripHanSuffix(normalised: string): string {
  const stripped = normalised.replace(HAN_SUFFIX, '');
  return stripped === normalised ? '' : stripped;
}

/**
 * The words of a Latin-script name or query: lower case, diacritics and tone marks removed
 * ("nán jīng" -> nan, jing; "Lüshunkou" -> lushunkou), tone numbers dropped ("nan2jing1"),
 * and "Saint"/"Sainte" written as "st"/"ste" so that St. Louis and Saint Louis meet.
 */
export function latinWords(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z])[1-5]/g, '$1');
  return plain
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => (word === 'saint' ? 'st' : word === 'sainte' ? 'ste' : word));
}

/** A Latin-script name or query as one comparable string: "St. Louis" -> "stlouis", "nan jing" -> "nanjing". */
export function normaliseLatin(text: string): string {
  return latinWords(text).join('');
}

/**
 * Pinyin forms of a name from its toneless syllables ("nan jing"): the joined syllables ("nanjing") and
 * the initials ("nj"). When the syllables also spell the administrative suffix of the Chinese name
 * ("nan jing shi" for 南京市), the joined form leaves it out, and the initials come with and without it.
 */
export function pinyinForms(syllables: string, nameZh: string): { full: string[]; initials: string[] } {
  const words = latinWords(syllables);
  if (words.length === 0) return { full: [], initials: [] };
  const variants = [words];
  const han = normaliseHan(nameZh);
  const stripped = stripHanSuffix(han);
  if (stripped && words.length === [...han].length && [...stripped].length < words.length) {
    variants.push(words.slice(0, [...stripped].length));
  }
  // The joined form keeps only the name without its suffix: "guangzhoushi" would match "us".
  return {
    full: [variants[variants.length - 1]!.join('')],
    initials: variants.map((w) => w.map((s) => s[0]).join('')),
  };
}

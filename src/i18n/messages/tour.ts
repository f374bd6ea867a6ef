/**
 * Strings of tours that only the presenter session shows: they load with it, which adds
 * them with `addMessages` (the present menu's tour strings stay in ./present.ts).
 */
export const tourMessages = {
  'Tour.Step': { en: 'Step {step} of {steps}', zh: '第 {step} 步，共 {steps} 步' },
  'Tour.RecordedTitle': { en: 'My tour', zh: '我的导览' },
  'Tour.LoadFailed': { en: 'The tour could not be read: {problems}', zh: '无法读取导览：{problems}' },
  'Tour.ProblemStep': { en: 'step {step}, {field}: {reason}', zh: '第 {step} 步，{field}：{reason}' },
  'Tour.ProblemTour': { en: '{field}: {reason}', zh: '{field}：{reason}' },
  'Tour.CityNotFound': { en: 'No Chinese city called “{query}” in this dataset', zh: '此数据集中没有名为“{query}”的中国城市' },
  'Tour.ChinaTitle': { en: 'China’s friendship cities, {from} → today', zh: '中国的国际友好城市，{from} 年至今' },
  'Tour.ChinaFirst': { en: '{year}: the first friendship city: {cn} and {partner}, {country}.', zh: '{year}年：第一对友好城市——{cn}与{country}{partner}。' },
  'Tour.ChinaEra': {
    en: '{from}–{to}: {ties} new {tiesWord} and {countries} new {countriesWord}; {total} dated ties with {totalCountries} countries by {to}.',
    zh: '{from}–{to}年：新增 {ties} 对友好城市、{countries} 个新国家；截至{to}年共有 {total} 对有年份的友好城市，遍及 {totalCountries} 个国家。',
  },
  'Tour.ChinaRegionFirst': {
    en: 'First tie with {region}: {cn} and {partner}, {country} ({year}).',
    zh: '首次与{region}结好：{cn}与{country}{partner}（{year}年）。',
  },
  'Tour.ChinaOfficial': { en: 'Official national total, {date}: {pairs} {tiesWord}.', zh: '官方公布全国总数（{date}）：{pairs} 对。' },
  'Tour.ChinaOfficialCountries': {
    en: 'Official national total, {date}: {pairs} {tiesWord} with {countries} {countriesWord}.',
    zh: '官方公布全国总数（{date}）：{pairs} 对，{countries} 个国家。',
  },
  'Tour.ChinaToday': {
    en: 'Today: {ties} ties with {countries} countries in this dataset, {unknown} of them with unknown year.',
    zh: '今天：本数据集共有 {ties} 对友好城市，遍及 {countries} 个国家，其中 {unknown} 对年份不详。',
  },
  'Tour.TieOne': { en: 'tie', zh: '对' },
  'Tour.TieOther': { en: 'ties', zh: '对' },
  'Tour.CountryOne': { en: 'country', zh: '个国家' },
  'Tour.CountryOther': { en: 'countries', zh: '个国家' },
  'Tour.CityTitle': { en: '{city}’s partners', zh: '{city}的友好城市' },
  'Tour.CityFirst': { en: '{year}: {city}’s first tie: {partner}, {country}.', zh: '{year}年：{city}的第一个友好城市——{country}{partner}。' },
  'Tour.CityNewCountries': { en: '{year}: first {tiesWord} with {countries}: {partners}.', zh: '{year}年：首次与{countries}结好——{partners}。' },
  'Tour.CityPartner': { en: '{partner} ({country})', zh: '{country}{partner}' },
  'Tour.CityToday': {
    en: 'Today: {city} has {ties} ties with {countries} countries in this dataset.',
    zh: '今天：本数据集中{city}共有 {ties} 对友好城市，遍及 {countries} 个国家。',
  },
  'Tour.CityTodayUnknown': {
    en: 'Today: {city} has {ties} ties with {countries} countries in this dataset, {unknown} of them with unknown year.',
    zh: '今天：本数据集中{city}共有 {ties} 对友好城市，遍及 {countries} 个国家，其中 {unknown} 对年份不详。',
  },
} as const;

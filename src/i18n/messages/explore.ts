/**
 * Strings of find and focus: the counter for a city and for undated ties, search, the explore drawer's
 * tabs and the legend (the drawer's views bring theirs, ./exploreViews.ts).
 */
export const explore = {
  'Counter.Undated': {
    en: 'By {year}: {dated} dated {datedWord} · {undated} undated shown in grey',
    zh: '截至{year}年：{dated} 对有年份 · {undated} 对年份不详（灰色）',
  },
  'Counter.City': { en: '{city}: {ties} {tiesWord} with {countries} {countriesWord}', zh: '{city}：{ties} 对友好城市，{countries} 个国家' },
  'Counter.CityUndated': {
    en: '{city}: {dated} dated {datedWord} · {undated} undated shown in grey',
    zh: '{city}：{dated} 对有年份 · {undated} 对年份不详（灰色）',
  },
  'Counter.CityCumulative': {
    en: '{city} by {year}: {ties} {tiesWord} with {countries} {countriesWord}',
    zh: '{city}截至{year}年：{ties} 对友好城市，{countries} 个国家',
  },
  'Counter.CityCumulativeUndated': {
    en: '{city} by {year}: {dated} dated {datedWord} · {undated} undated shown in grey',
    zh: '{city}截至{year}年：{dated} 对有年份 · {undated} 对年份不详（灰色）',
  },
  'Counter.CityRange': {
    en: '{city}, {from}–{to}: {ties} {tiesWord} with {countries} {countriesWord}',
    zh: '{city}，{from}–{to}年：{ties} 对友好城市，{countries} 个国家',
  },
  'Counter.CityRangeOne': {
    en: '{city}, {year}: {ties} {tiesWord} with {countries} {countriesWord}',
    zh: '{city}，{year}年：{ties} 对友好城市，{countries} 个国家',
  },
  'Counter.PartnersIn': { en: 'partners in {countries} countries', zh: '伙伴遍及 {countries} 个国家' },
  'Counter.PartnersInOne': { en: 'partners in {countries} country', zh: '伙伴遍及 {countries} 个国家' },

  'Search.Label': { en: 'Search cities and countries', zh: '搜索城市和国家' },
  'Search.Placeholder': { en: 'Search (press /)', zh: '搜索（按 /）' },
  'Search.NoResults': { en: 'Nothing found', zh: '没有结果' },
  'Search.Results': { en: '{count} results', zh: '{count} 个结果' },
  'Search.Ties': { en: '{count} ties', zh: '{count} 对' },
  'Search.TiesOne': { en: '{count} tie', zh: '{count} 对' },
  'Search.Country': { en: 'country · show its partners', zh: '国家 · 显示其友城' },
  'Search.In': { en: '{level} · {place}', zh: '{place} · {level}' },

  'Explore.Filters': { en: 'Filters', zh: '筛选' },
  'Explore.FiltersActive': { en: 'Filters ({count})', zh: '筛选（{count}）' },
  'Explore.Table': { en: 'Table', zh: '表格' },
  'Explore.Charts': { en: 'Charts', zh: '图表' },
  'Explore.Close': { en: 'Close', zh: '关闭' },
  'Explore.Drawer': { en: 'Filters, table and charts', zh: '筛选、表格和图表' },

  'Legend.Toggle': { en: 'Filter by {region} (click again to undo)', zh: '按{region}筛选（再次点击取消）' },
};

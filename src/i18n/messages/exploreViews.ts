/**
 * Strings of the explore drawer's views, which load with them on first use: each view adds its own
 * with `addMessages`. The drawer's tabs, the search box and the legend keep theirs in ./explore.ts.
 */
export const filterMessages = {
  'Filters.Clear': { en: 'Clear filters', zh: '清除筛选' },
  'Filters.Hint': { en: 'Counts are ties in the selected years.', zh: '数字为所选年份内的友好关系数。' },
  'Filters.province': { en: 'Chinese province', zh: '中方省份' },
  'Filters.level': { en: 'Chinese level', zh: '中方级别' },
  'Filters.country': { en: 'Partner country', zh: '外方国家' },
  'Filters.region': { en: 'Partner region', zh: '外方地区' },
  'Filters.relation': { en: 'Relation', zh: '关系类型' },
  'Filters.yearStatus': { en: 'Year status', zh: '年份状态' },
} as const;

export const tableMessages = {
  'Table.Filter': { en: 'Filter rows', zh: '筛选行' },
  'Table.Rows': { en: '{count} rows', zh: '{count} 行' },
  'Table.Download': { en: 'Download CSV', zh: '下载 CSV' },
  'Table.Caption': { en: 'Visible ties', zh: '显示的友好关系' },
  'Table.Sort': { en: 'Sort by {column}', zh: '按{column}排序' },
  'Table.cn': { en: 'Chinese unit', zh: '中方' },
  'Table.province': { en: 'Province', zh: '省份' },
  'Table.partner': { en: 'Partner', zh: '外方' },
  'Table.country': { en: 'Country', zh: '国家' },
  'Table.relation': { en: 'Relation', zh: '关系' },
  'Table.year': { en: 'Year', zh: '年份' },
  'Table.status': { en: 'Year status', zh: '年份状态' },
  'Table.sources': { en: 'Sources', zh: '来源数' },
} as const;

export const chartMessages = {
  'Charts.countries': { en: 'Top partner countries', zh: '主要外方国家' },
  'Charts.cities': { en: 'Top Chinese cities', zh: '主要中方城市' },
  'Charts.provinces': { en: 'Ties by province', zh: '各省友好关系' },
  'Charts.relations': { en: 'Ties by relation', zh: '按关系类型' },
  'Charts.Rest': { en: 'and {count} more', zh: '另有 {count} 对' },
  'Charts.Bar': { en: '{name}: {count}', zh: '{name}：{count}' },
  'Charts.Empty': { en: 'No ties in view', zh: '没有显示的友好关系' },
} as const;

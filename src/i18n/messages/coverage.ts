/** Strings of the coverage figures: the dataset's counts beside the published official ones. */
export const coverage = {
  'App.DefaultDataset': { en: 'China friendship cities (source pack)', zh: '中国国际友好城市（资料包）' },
  'Coverage.Dataset': { en: { one: 'In this dataset: {count} tie', other: 'In this dataset: {count} ties' }, zh: '本数据集：{count} 对' },
  'Coverage.WithSub': { en: '{count} with its districts and counties', zh: '含所辖区县共 {count} 对' },
  'Coverage.Official': { en: 'Official: {pairs} ({date})', zh: '官方：{pairs} 对（{date}）' },
  'Coverage.OfficialCountries': { en: 'Official: {pairs} with {countries} countries ({date})', zh: '官方：{pairs} 对，{countries} 个国家（{date}）' },
  'Coverage.Note': { en: 'What it counts: {note}', zh: '统计口径：{note}' },
  'Coverage.NoteOriginal': { en: 'What it counts: {note}', zh: '统计口径（英文原文）：{note}' },
  'Coverage.Source': { en: 'source', zh: '来源' },
  'Coverage.Ahead': { en: 'This dataset lists more ties than this older official figure.', zh: '本数据集收录的友好城市多于这一较早的官方数字。' },
  'Coverage.None': { en: 'No official figure for this unit in the dataset.', zh: '数据集中没有该地的官方数字。' },
  'Coverage.Title': { en: 'Coverage against official figures', zh: '与官方数字的对照' },
  'Coverage.Intro': {
    en: 'Ties in this dataset beside the newest published figure for each province and for the cities that publish one. Official figures often count other kinds of ties too; read the note.',
    zh: '本数据集收录的友好城市数与各省及公布过数字的城市的最新官方数字对照。官方数字常包含其他类型的友好关系，请参看说明。',
  },
  'Coverage.Unit': { en: 'Province or city', zh: '省份或城市' },
  'Coverage.InDataset': { en: 'In this dataset', zh: '本数据集' },
  'Coverage.OfficialColumn': { en: 'Official', zh: '官方' },
  'Coverage.Date': { en: 'As of', zh: '截至' },
  'Save.Json': { en: 'Save as atlas JSON', zh: '另存为地图集 JSON' },
} as const;

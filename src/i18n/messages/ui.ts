/** Strings of the panels, tooltip, legend and dialogs. */
export const ui = {
  'Panel.Close': { en: 'Close', zh: '关闭' },
  'Panel.Ties': { en: { one: '{count} tie', other: '{count} ties' }, zh: '{count} 对友好关系' },
  'Panel.TiesShown': {
    en: { one: '{shown} of {count} tie in the selected years', other: '{shown} of {count} ties in the selected years' },
    zh: '所选年份内 {shown} / {count} 对',
  },
  'Panel.YearUnknown': { en: 'year unknown', zh: '年份不详' },
  'Panel.Claims': { en: 'Year claims', zh: '年份来源' },
  'Panel.NoClaims': { en: 'No source gives a year.', zh: '没有来源给出年份。' },
  'Panel.Source': { en: 'source', zh: '来源' },
  'Panel.Flags': { en: 'Data notes', zh: '数据说明' },
  'Panel.NotOnMap': { en: 'Not on the map: {reason}', zh: '未在地图上显示：{reason}' },
  'Panel.OutsideWindow': { en: 'outside the selected years', zh: '不在所选年份内' },
  'Panel.Conflict': { en: 'sources disagree', zh: '来源不一致' },

  'Tooltip.Ties': { en: { one: '{count} tie', other: '{count} ties' }, zh: '{count} 对友好关系' },
  'Tooltip.TiesOf': { en: { one: '{shown} of {count} tie shown', other: '{shown} of {count} ties shown' }, zh: '显示 {shown} / {count} 对' },

  'Legend.Title': { en: 'Partner region', zh: '外方所在地区' },
  'Legend.ChineseCity': { en: 'Chinese city', zh: '中方城市' },
  'Legend.PartnerCity': { en: 'Partner city', zh: '外方城市' },

  'Actions.Import': { en: 'Import data', zh: '导入数据' },
  'Actions.NotOnMap': { en: '{count} not on the map', zh: '{count} 对未上图' },
  'Actions.About': { en: 'Sources', zh: '数据来源' },
  'Actions.Fullscreen': { en: 'Full screen', zh: '全屏' },
  'Actions.ExitFullscreen': { en: 'Exit full screen', zh: '退出全屏' },

  'NotOnMap.Title': { en: 'Ties not on the map', zh: '未在地图上显示的友好关系' },
  'NotOnMap.Intro': {
    en: 'These ties are in the data but cannot be drawn. They still count in the timeline and the panels.',
    zh: '这些友好关系在数据中，但无法绘制，仍计入时间轴和详情面板。',
  },
  'NotOnMap.None': { en: 'Every tie in this dataset is on the map.', zh: '本数据集的所有友好关系都已上图。' },

  'About.Title': { en: 'Sources and attribution', zh: '数据来源与署名' },
  'About.Dataset': { en: 'Dataset: {title}', zh: '数据集：{title}' },
  'About.Counts': {
    en: '{pairings} ties · {onMap} on the map · {dated} with a year · {conflicts} with disagreeing sources',
    zh: '{pairings} 对友好关系 · {onMap} 对上图 · {dated} 对有年份 · {conflicts} 对来源年份不一致',
  },
  'About.YearRule': {
    en: 'The year shown is the earliest signing date from the most reliable source; every claim is listed in the city panels.',
    zh: '显示的年份取最可靠来源中最早的签署日期；所有年份来源均列于城市详情面板中。',
  },
  'About.UsedFor': { en: 'Used for: {what}', zh: '用途：{what}' },
  'Dialog.Close': { en: 'Close', zh: '关闭' },

  'Error.Arcs': {
    en: 'The arcs cannot be drawn on this device ({reason}). The timeline and panels still work.',
    zh: '此设备无法绘制连线（{reason}）。时间轴和面板仍可使用。',
  },
  'Error.Load': { en: 'The dataset could not be loaded: {reason}', zh: '无法加载数据集：{reason}' },
  'Error.WebGL': {
    en: 'This browser cannot draw the map (WebGL2 is not available).',
    zh: '此浏览器无法绘制地图（不支持 WebGL2）。',
  },
  'Message.DataProblems': {
    en: {
      one: '{count} record had a problem and was repaired or kept off the map.',
      other: '{count} records had problems and were repaired or kept off the map.',
    },
    zh: '{count} 条记录有问题，已修正或未上图。',
  },
} as const;

/** Strings of the app shell: title, header, language and projection controls. */
export const app = {
  'App.Title': { en: 'Sister City Atlas', zh: '友好城市地图集' },
  'App.Subtitle': { en: "China's international sister-city ties", zh: '中国的国际友好城市' },
  'App.Loading': { en: 'Loading…', zh: '加载中…' },
  'App.Language': { en: '中文', zh: 'English' },
  'App.LanguageLabel': { en: '中文: switch to Chinese', zh: 'English：切换到英文' },
} as const;

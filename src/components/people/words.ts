// The people pages' own words, in both reading languages.
export const personWords = {
  zh: {
    position: '职务',
    unit: '所在单位',
    biography: '简介',
    commendations: '受表彰情况',
    honorTitles: (titles: string[]) => `荣誉称号：${titles.join('、')}`,
    newestOf: (shown: number, total: number) => `显示最近 ${shown} 条，共 ${total} 条。`,
  },
  en: {
    position: 'Position',
    unit: 'Unit',
    biography: 'Biography',
    commendations: 'Commendations',
    honorTitles: (titles: string[]) => `Honor title: ${titles.join(', ')}`,
    newestOf: (shown: number, total: number) => `The newest ${shown} of ${total}.`,
  },
}

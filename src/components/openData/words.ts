// The words of the open-data page, in both reading languages.
export const openDataWords = {
  zh: {
    heading: '开放数据',
    lead: '本栏目公布的表彰通报及其表彰对象，可作为数据下载，供查询、统计和再利用。已撤回的通报也在其中，并注明状态。',
    privacy:
      '数据只包含公开信息：未同意公开姓名的个人只显示姓氏和职务，与网页一致；不含草稿、审核意见或联系方式。',
    language: '本页文件为中文版本；英文版本见英文页面。',
    allYears: '全部年度',
    year: (year: number) => `${year} 年度`,
    commendations: '表彰通报（每份通报一行）',
    awardees: '表彰对象（每个表彰对象一行）',
    csvNote: 'CSV 文件为 UTF-8 编码（带 BOM）、逗号分隔、首行为表头，可直接用电子表格软件打开。',
  },
  en: {
    heading: 'Open data',
    lead: 'The commendation notices published in this column and their awardees, as data to download, count and reuse. Withdrawn notices are included and marked as such.',
    privacy:
      'The data holds only public information: a person who has not consented is shown by family name and position, as on the pages; no drafts, review remarks or contact details.',
    language: 'These files are in English where English was written, otherwise in Chinese.',
    allYears: 'All years',
    year: (year: number) => String(year),
    commendations: 'Commendation notices (one row per notice)',
    awardees: 'Awardees (one row per awardee)',
    csvNote:
      'CSV files are UTF-8 (with a byte-order mark), comma-separated with a header row, and open directly in spreadsheet programs.',
  },
}

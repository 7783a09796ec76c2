// The words of the site search, in both reading languages.
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from '@/search/terms'

export const words = {
  zh: {
    heading: '站内搜索',
    description:
      '搜索已发布的表彰通报（含受表彰单位、个人、荣誉称号和事迹）、典型案例、专家解读、政策文件、单位和人物。',
    queryLabel: '搜索关键词',
    submit: '搜索',
    headerLabel: '搜索本站',
    resultsFor: (q: string) => `“${q}”的搜索结果`,
    count: (n: number) => `共找到 ${n} 条结果`,
    noResults: (q: string) => `没有找到与“${q}”相关的结果。请换一个词，或减少关键词。`,
    tooShort: `请输入至少 ${MIN_QUERY_LENGTH} 个字符（不含标点）。没有找到结果。`,
    tooLong: `搜索词太长，请不超过 ${MAX_QUERY_LENGTH} 个字符。`,
    hint: '输入两个或更多汉字即可搜索，例如“扶贫”“容错纠错”。多个关键词用空格分开，结果须同时包含。',
    facets: '筛选结果',
    type: '类型',
    year: '年度',
    mechanism: '所属机制',
    all: '全部',
    yearOption: (year: number) => `${year} 年`,
    clear: '清除筛选',
  },
  en: {
    heading: 'Search',
    description:
      'Search published commendation notices (with their units, people, honor titles and citations), model stories, expert interpretations, policies, units and people.',
    queryLabel: 'Search terms',
    submit: 'Search',
    headerLabel: 'Site search',
    resultsFor: (q: string) => `Results for “${q}”`,
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    noResults: (q: string) => `No results for “${q}”. Try another word, or fewer words.`,
    tooShort: `Type at least ${MIN_QUERY_LENGTH} characters (not counting punctuation). No results.`,
    tooLong: `That is too long to search for: ${MAX_QUERY_LENGTH} characters at most.`,
    hint: 'Two or more Chinese characters are enough, such as 扶贫. Separate several words with spaces; results contain them all.',
    facets: 'Narrow the results',
    type: 'Type',
    year: 'Year',
    mechanism: 'Mechanism',
    all: 'All',
    yearOption: (year: number) => String(year),
    clear: 'Clear filters',
  },
} as const

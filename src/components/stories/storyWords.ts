// The words of the model-stories section. Warning cases are named soberly: they are held up so
// that others avoid the same mistakes, not to shame anyone.
export const storyWords = {
  zh: {
    polarity: '类型',
    allStories: '全部',
    positive: '先进典型',
    negative: '警示案例',
    negativeMarker: '警示案例 · 以案为鉴',
    mechanism: '所属机制',
    allMechanisms: '全部机制',
    subject: '案例主体',
    subjectNotNamed: '当事人依规不公开姓名',
    published: '发布日期',
    lessonsPositive: '经验启示',
    lessonsNegative: '警示与反思',
    count: (total: number) => `共 ${total} 篇`,
    pageNumber: (page: number) => `第 ${page} 页`,
    lead: '学习身边的先进典型，从警示案例中汲取教训。',
  },
  en: {
    polarity: 'Kind',
    allStories: 'All',
    positive: 'Advanced model',
    negative: 'Warning case',
    negativeMarker: 'Warning case: a lesson to learn from',
    mechanism: 'Mechanism',
    allMechanisms: 'All mechanisms',
    subject: 'Subject',
    subjectNotNamed: 'The person concerned is not named',
    published: 'Published',
    lessonsPositive: 'Lessons drawn',
    lessonsNegative: 'Lessons to heed',
    count: (total: number) => `${total} ${total === 1 ? 'story' : 'stories'}`,
    pageNumber: (page: number) => `Page ${page}`,
    lead: 'Advanced models to learn from, and warning cases whose lessons are worth heeding.',
  },
}

/** The plural names the polarity switch uses for each choice. */
export const polarityChoiceWords = {
  zh: { positive: '先进典型', negative: '警示案例' },
  en: { positive: 'Advanced models', negative: 'Warning cases' },
}

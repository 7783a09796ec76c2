// How the admin sidebar groups collections, in the publicity office's own words.
export const adminGroups = {
  publicity: { zh: '表彰宣传', en: 'Commendations and stories' },
  policy: { zh: '政策与解读', en: 'Policies and interpretations' },
  directory: { zh: '单位与人物', en: 'Units and people' },
  library: { zh: '素材库', en: 'Media library' },
  administration: { zh: '系统管理', en: 'Administration' },
} as const

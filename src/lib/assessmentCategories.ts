// Units are assessed against peers of their own kind: town offices in two categories,
// departments in four. A category belongs to exactly one kind.
export const unitKinds = ['town-office', 'department'] as const
export type UnitKind = (typeof unitKinds)[number]

export const categoriesByKind = {
  'town-office': ['key-development', 'ecological-development'],
  department: ['party-mass', 'comprehensive', 'economic', 'residential'],
} as const satisfies Record<UnitKind, readonly string[]>

export type AssessmentCategory = (typeof categoriesByKind)[UnitKind][number]

export const categoryLabels: Record<AssessmentCategory, { zh: string; en: string }> = {
  'key-development': { zh: '重点开发区域', en: 'Key development area' },
  'ecological-development': { zh: '生态发展区域', en: 'Ecological development area' },
  'party-mass': { zh: '党群部门', en: 'Party and mass organisations' },
  comprehensive: { zh: '综合部门', en: 'Comprehensive departments' },
  economic: { zh: '经济部门', en: 'Economic departments' },
  residential: { zh: '社会服务部门', en: 'Residential and social services' },
}

export const kindLabels: Record<UnitKind, { zh: string; en: string }> = {
  'town-office': { zh: '镇（街道）', en: 'Town office' },
  department: { zh: '区级部门', en: 'Department' },
}

export const categoryFitsKind = (kind: unknown, category: unknown): boolean =>
  typeof kind === 'string' &&
  kind in categoriesByKind &&
  (categoriesByKind[kind as UnitKind] as readonly unknown[]).includes(category)

export const grades = ['excellent', 'good', 'pass', 'fail'] as const

export const gradeLabels: Record<(typeof grades)[number], { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
}

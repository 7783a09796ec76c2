// The three mechanisms of the district's incentive policy: every piece of content is filed under one.
import type { SelectField } from 'payload'

export const mechanisms = ['incentive', 'fault-tolerance', 'promotion-demotion'] as const
export type Mechanism = (typeof mechanisms)[number]

export const mechanismLabels: Record<Mechanism, { zh: string; en: string }> = {
  incentive: { zh: '激励机制', en: 'Incentive mechanism' },
  'fault-tolerance': { zh: '容错纠错机制', en: 'Fault-tolerance and error-correction' },
  'promotion-demotion': { zh: '能上能下机制', en: 'Promotion and demotion' },
}

export const mechanismField: SelectField = {
  name: 'mechanism',
  type: 'select',
  required: true,
  index: true,
  label: { zh: '所属机制', en: 'Mechanism' },
  options: mechanisms.map((value) => ({ value, label: mechanismLabels[value] })),
}

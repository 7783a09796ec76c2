// The admin's own words that are not labels: validation messages of our fields and hooks, in both
// admin languages. They are registered with Payload (payload.config.ts, `i18n.translations`) under
// the `laurel` namespace, so `req.t` answers each reader in the language their admin is set to.
import type { TFunction } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

const zh = {
  unitAndPerson: '请选择单位或个人之一，不能同时选择两者。',
  unitOrPerson: '请选择一个单位或一位个人。',
  categoryNotOfKind: '考核类别“{{category}}”不属于单位类型“{{kind}}”。',
  oneGradePerYear: '每个年度只能有一个考核等次。',
  contact: '请填写电子邮箱或电话号码。',
  consent: '须经本人同意。',
  fileTooLarge: '文件超过 {{megabytes}} MB，未保存。',
  decisionFinal: '处理结果一经确定，不能再改。',
  ledToAccepted: '只有已采纳的推荐才能关联表彰通报或典型案例。',
  chooseExpert: '请选择撰写这篇解读的专家。',
  authorIsExpert: '作者必须是具有专家角色的用户。',
}

export type AdminMessage = keyof typeof zh

const en: Record<AdminMessage, string> = {
  unitAndPerson: 'Choose either a unit or a person, not both.',
  unitOrPerson: 'Choose a unit or a person.',
  categoryNotOfKind:
    'The assessment category "{{category}}" does not belong to the kind "{{kind}}".',
  oneGradePerYear: 'Each year may have only one grade.',
  contact: 'Give an e-mail address or a telephone number.',
  consent: 'Consent is required.',
  fileTooLarge: 'The file is larger than {{megabytes}} MB and was not saved.',
  decisionFinal: 'A decision is final; it cannot be changed.',
  ledToAccepted: 'Only an accepted nomination leads to a notice or story.',
  chooseExpert: 'Choose the expert who wrote this interpretation.',
  authorIsExpert: 'The author must be a user with the expert role.',
}

export const adminMessages = { zh: { laurel: zh }, en: { laurel: en } }

/** One of our messages in the language of the request's admin (Chinese for the Local API). */
export const say = (req: PayloadRequest, key: AdminMessage, values?: Record<string, unknown>) =>
  (req.t as unknown as TFunction<`laurel:${AdminMessage}`>)(`laurel:${key}`, values)

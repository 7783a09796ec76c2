// Demo content for a fresh installation: a fictional district's units, people, notices, stories,
// interpretations and policies, so an editor can try Laurel at once. Written in our own words.
import type { Payload, PayloadRequest } from 'payload'

import { paragraphsToRichText } from '@/lib/richText'
import { simplePdf } from '@/lib/simplePdf'

import { commendations } from '../content/commendations'
import { experts, interpretations } from '../content/interpretations'
import { people } from '../content/people'
import { policies } from '../content/policies'
import { stories } from '../content/stories'
import type { Localized } from '../content/types'
import { units } from '../content/units'
import { portraitImage, sceneImage } from './images'
import { seedSiteSettings } from './siteSettings'

import { type Context, createImage, type Id, options } from './media'

type Bilingual =
  | 'commendations'
  | 'model-stories'
  | 'interpretations'
  | 'policies'
  | 'units'
  | 'people'
  | 'experts'
type Ids = Map<string, Id>
type Row = { id?: string | null }

/**
 * Creates a published document in Chinese, then adds its English text. Array rows keep their
 * ids across locales, so English row texts are merged onto the rows the Chinese save created.
 */
const createBilingual = async (
  { payload, req }: Context,
  collection: Bilingual,
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
  englishRows?: { field: string; rows: Record<string, unknown>[] },
): Promise<Id> => {
  const doc = await payload.create({
    collection,
    locale: 'zh',
    data: { ...zh, _status: 'published' } as never,
    ...options(req),
  })
  const rows = englishRows && {
    [englishRows.field]: ((doc as unknown as Record<string, Row[]>)[englishRows.field] ?? []).map(
      (row, index) => ({ ...row, ...englishRows.rows[index] }),
    ),
  }
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { ...en, ...rows, _status: 'published' } as never,
    ...options(req),
  })
  return doc.id
}

const pick = (text: Localized, locale: 'zh' | 'en') => text[locale]

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const createStaff = async ({ payload, req, password }: Context): Promise<Ids> => {
  const ids: Ids = new Map()
  for (const [email, role, displayName] of [
    ['admin@laurel.local', 'admin', '系统管理员'],
    ['editor@laurel.local', 'editor', '宣传部编辑'],
  ] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email, password, roles: [role], displayName },
      ...options(req),
    })
    ids.set(role, user.id)
  }
  for (const expert of experts) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: expert.email,
        password,
        roles: ['expert'],
        displayName: expert.displayName.zh,
      },
      ...options(req),
    })
    ids.set(expert.key, user.id)
  }
  return ids
}

const createDocument = async (
  { payload, req }: Context,
  title: Localized,
  number: string,
): Promise<Id> => {
  const data = simplePdf(['演示附件 Laurel demo attachment', `文号：${number}`, title.zh, title.en])
  const document = await payload.create({
    collection: 'documents',
    locale: 'zh',
    data: { title: title.zh },
    file: {
      data,
      mimetype: 'application/pdf',
      // The Chinese page names the download by its file name, so the file is named in Chinese.
      name: `${title.zh.slice(0, 40)}.pdf`,
      size: data.length,
    },
    ...options(req),
  })
  await payload.update({
    collection: 'documents',
    id: document.id,
    locale: 'en',
    data: { title: title.en },
    ...options(req),
  })
  return document.id
}

// Units a notice or a story names get a picture; the rest keep the seed quick.
const picturedUnits = new Set([
  ...commendations.flatMap((notice) => notice.awardees.map((awardee) => awardee.unitKey)),
  ...stories.map((story) => story.subjectUnitKey),
])

const createUnits = async (context: Context): Promise<Ids> => {
  const ids: Ids = new Map()
  for (const [index, unit] of units.entries()) {
    const image = picturedUnits.has(unit.key)
      ? await createImage(context, {
          data: await sceneImage(index),
          name: `unit-${unit.key}.jpg`,
          alt: { zh: `${unit.name.zh}辖区风貌（示意图）`, en: `${unit.name.en} (drawing)` },
        })
      : undefined
    const common = {
      kind: unit.kind,
      assessmentCategory: unit.assessmentCategory,
      grades: unit.grades,
      image,
    }
    ids.set(
      unit.key,
      await createBilingual(
        context,
        'units',
        { ...common, name: unit.name.zh },
        { name: unit.name.en },
      ),
    )
  }
  return ids
}

const createPeople = async (context: Context, unitIds: Ids): Promise<Ids> => {
  const ids: Ids = new Map()
  for (const [index, person] of people.entries()) {
    const photo = person.consent
      ? await createImage(context, {
          data: await portraitImage(index),
          name: `portrait-${person.key}.jpg`,
          alt: {
            zh: `${person.name.zh}的肖像（示意图）`,
            en: `Portrait of ${person.name.en} (drawing)`,
          },
        })
      : undefined
    const zh = {
      name: person.name.zh,
      position: person.position.zh,
      bio: person.bio.zh,
      unit: unitIds.get(person.unitKey),
      consent: person.consent,
      photo,
    }
    ids.set(
      person.key,
      await createBilingual(context, 'people', zh, {
        position: person.position.en,
        bio: person.bio.en,
      }),
    )
  }
  return ids
}

const createPolicies = async (context: Context): Promise<Ids> => {
  const ids: Ids = new Map()
  for (const policy of policies) {
    const attachment = await createDocument(context, policy.title, policy.documentNumber)
    const common = {
      documentNumber: policy.documentNumber,
      issuedAt: policy.issuedAt,
      effectiveFrom: policy.effectiveFrom,
      status: policy.status,
      attachment,
    }
    const text = (locale: 'zh' | 'en') => ({
      title: pick(policy.title, locale),
      issuingBody: pick(policy.issuingBody, locale),
      summary: pick(policy.summary, locale),
      body: paragraphsToRichText(policy.body[locale]),
    })
    ids.set(
      policy.key,
      await createBilingual(context, 'policies', { ...common, ...text('zh') }, text('en')),
    )
  }
  return ids
}

/** Each expert's public profile, linked to their account so their articles are signed with it. */
const createExpertProfiles = async (context: Context, staff: Ids) => {
  for (const expert of experts) {
    const text = (locale: 'zh' | 'en') => ({
      name: pick(expert.displayName, locale),
      title: pick(expert.title, locale),
      affiliation: pick(expert.affiliation, locale),
      credentials: pick(expert.credentials, locale),
      bio: pick(expert.bio, locale),
    })
    await createBilingual(
      context,
      'experts',
      { ...text('zh'), account: staff.get(expert.key) },
      text('en'),
    )
  }
}

const createInterpretations = async (context: Context, staff: Ids, policyIds: Ids) => {
  for (const article of interpretations) {
    const text = (locale: 'zh' | 'en') => ({
      title: pick(article.title, locale),
      summary: pick(article.summary, locale),
      body: paragraphsToRichText(article.body[locale]),
    })
    const common = {
      author: staff.get(article.authorKey),
      mechanism: article.mechanism,
      relatedPolicies: article.policyKeys.map((key) => policyIds.get(key)),
    }
    await createBilingual(context, 'interpretations', { ...common, ...text('zh') }, text('en'))
  }
}

const createCommendations = async (context: Context, unitIds: Ids, personIds: Ids) => {
  for (const notice of commendations) {
    const attachment = await createDocument(context, notice.title, notice.noticeNumber)
    const awardees = (locale: 'zh' | 'en') =>
      notice.awardees.map((awardee) => ({
        unit: awardee.unitKey ? unitIds.get(awardee.unitKey) : null,
        person: awardee.personKey ? personIds.get(awardee.personKey) : null,
        honorTitle: pick(awardee.honorTitle, locale),
        citation: pick(awardee.citation, locale),
      }))
    const text = (locale: 'zh' | 'en') => ({
      title: pick(notice.title, locale),
      issuingBody: pick(notice.issuingBody, locale),
      summary: pick(notice.summary, locale),
      body: paragraphsToRichText(notice.body[locale]),
    })
    const common = {
      noticeNumber: notice.noticeNumber,
      issuedAt: notice.issuedAt,
      assessmentYear: notice.assessmentYear,
      mechanism: notice.mechanism,
      attachment,
      ...(notice.publicNoticeDays
        ? { publicNotice: { state: 'in-notice', endsAt: daysFromNow(notice.publicNoticeDays) } }
        : {}),
    }
    await createBilingual(
      context,
      'commendations',
      { ...common, ...text('zh'), awardees: awardees('zh') },
      text('en'),
      { field: 'awardees', rows: awardees('en') },
    )
  }
}

const createStories = async (context: Context, unitIds: Ids, personIds: Ids) => {
  for (const [index, story] of stories.entries()) {
    const image = await createImage(context, {
      data: await sceneImage(index + 5),
      name: `story-${index + 1}.jpg`,
      alt: {
        zh: `配图：${story.title.zh}（示意图）`,
        en: `Illustration: ${story.title.en} (drawing)`,
      },
    })
    const text = (locale: 'zh' | 'en') => ({
      title: pick(story.title, locale),
      summary: pick(story.summary, locale),
      body: paragraphsToRichText(story.body[locale]),
    })
    const common = {
      image,
      polarity: story.polarity,
      mechanism: story.mechanism,
      subject: {
        unit: story.subjectUnitKey ? unitIds.get(story.subjectUnitKey) : null,
        person: story.subjectPersonKey ? personIds.get(story.subjectPersonKey) : null,
        legalBasis: story.legalBasis,
      },
    }
    await createBilingual(
      context,
      'model-stories',
      { ...common, ...text('zh'), lessons: story.lessons.zh.map((lesson) => ({ lesson })) },
      text('en'),
      { field: 'lessons', rows: story.lessons.en.map((lesson) => ({ lesson })) },
    )
  }
}

export const seedDemoContent = async (payload: Payload, req: PayloadRequest, password: string) => {
  const context: Context = { payload, req, password }
  const staff = await createStaff(context)
  const unitIds = await createUnits(context)
  const personIds = await createPeople(context, unitIds)
  const policyIds = await createPolicies(context)
  await createExpertProfiles(context, staff)
  await createInterpretations(context, staff, policyIds)
  await createCommendations(context, unitIds, personIds)
  await createStories(context, unitIds, personIds)
  await seedSiteSettings(context)
}

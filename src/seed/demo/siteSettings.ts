// The fictional district's identity for the masthead and footer. Every number and address here
// is invented: the registration numbers follow the real formats but belong to no website.
import { emblemImage } from './images'
import { type Context, createImage, options } from './media'

export const demoSiteSettings = {
  zh: {
    district: '云岭区',
    columnName: '“三项机制”表彰宣传专栏',
    sponsor: '中共云岭区委组织部',
    organiser: '云岭区委宣传部',
    address: '云岭区府前路 1 号区委大院 3 号楼',
  },
  en: {
    district: 'Yunling District',
    columnName: 'Three Mechanisms Commendation Column',
    sponsor: 'Organisation Department of the CPC Yunling District Committee',
    organiser: 'Publicity Department of the CPC Yunling District Committee',
    address: 'Building 3, District Committee Compound, 1 Fuqian Road, Yunling District',
  },
  shared: {
    telephone: '0000-12345678',
    email: 'column@yunling.example',
    websiteCode: '0000000001',
    icpNumber: '云ICP备00000001号-1',
    icpLink: 'https://beian.miit.gov.cn/',
    publicSecurityNumber: '云公网安备 00000000000001号',
    publicSecurityLink: 'https://beian.mps.gov.cn/#/query/webSearch?code=00000000000001',
  },
} as const

export const seedSiteSettings = async (context: Context) => {
  const { payload, req } = context
  const emblem = await createImage(context, {
    data: await emblemImage(),
    name: 'district-emblem.png',
    alt: { zh: '云岭区徽标', en: 'Emblem of Yunling District' },
  })
  const { zh, en, shared } = demoSiteSettings
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'zh',
    data: { ...zh, ...shared, emblem },
    ...options(req),
  })
  await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: en, ...options(req) })
}

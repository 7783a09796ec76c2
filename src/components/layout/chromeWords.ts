// The words of the masthead, the menu and the footer block, in both reading languages.
import type { Locale } from '@/i18n/locales'

export const chromeWords = {
  zh: {
    menu: '菜单',
    search: '搜索',
    nominate: '我要推荐',
    feeds: '订阅',
    verify: '通报核验',
    openData: '开放数据',
    services: '网站服务',
    sponsor: '主办单位',
    organiser: '承办单位',
    address: '地址',
    telephone: '电话',
    email: '电子邮箱',
    websiteCode: '网站标识码',
    siteFacts: '网站信息',
  },
  en: {
    menu: 'Menu',
    search: 'Search',
    nominate: 'Recommend a model',
    feeds: 'Subscribe',
    verify: 'Verify a notice',
    openData: 'Open data',
    services: 'Site services',
    sponsor: 'Sponsor',
    organiser: 'Organiser',
    address: 'Address',
    telephone: 'Telephone',
    email: 'E-mail',
    websiteCode: 'Website code',
    siteFacts: 'About this website',
  },
} satisfies Record<Locale, Record<string, string>>

/** The column's sections, in the order of the masthead. */
export const sections = [
  ['commendations', '/commendations'],
  ['stories', '/model-stories'],
  ['interpretations', '/interpretations'],
  ['policies', '/policies'],
  ['units', '/units'],
  ['honorRoll', '/honor-roll'],
] as const

/** The ways to take part and follow, in the menu and beside the sections on a wide screen. */
export const services = [
  ['nominate', '/nominate'],
  ['feeds', '/feeds'],
] as const

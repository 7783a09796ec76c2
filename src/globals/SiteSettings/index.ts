// The column's identity as a Chinese government website shows it: the district and column name
// with the emblem in the masthead, and the footer block of sponsor, organiser, contact and the
// registration numbers (网站标识码, ICP 备案号, 公安机关备案号). Administrators set it once; the
// public reads it on every page.
import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { localizedText } from '@/fields/localizedText'
import { adminGroups } from '@/lib/adminGroups'

import { revalidateSiteSettings } from './hooks/revalidateSiteSettings'
import { webAddress } from './webAddress'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '站点设置', en: 'Site settings' },
  admin: { group: adminGroups.administration },
  access: { read: () => true, update: isAdmin },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    {
      type: 'row',
      fields: [
        localizedText('district', { zh: '地区名称', en: 'District' }, true),
        localizedText('columnName', { zh: '栏目名称', en: 'Column name' }, true),
      ],
    },
    {
      name: 'emblem',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '徽标', en: 'Emblem or logo' },
      admin: {
        description: {
          zh: '显示在页眉，建议为正方形。',
          en: 'Shown in the masthead; square works best.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        localizedText('sponsor', { zh: '主办单位', en: 'Sponsor (主办单位)' }),
        localizedText('organiser', { zh: '承办单位', en: 'Organiser (承办单位)' }),
      ],
    },
    localizedText('address', { zh: '联系地址', en: 'Address' }),
    {
      type: 'row',
      fields: [
        { name: 'telephone', type: 'text', label: { zh: '联系电话', en: 'Telephone' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'websiteCode',
          type: 'text',
          label: { zh: '网站标识码', en: 'Website code (网站标识码)' },
        },
        { name: 'icpNumber', type: 'text', label: { zh: 'ICP 备案号', en: 'ICP record number' } },
        webAddress('icpLink', { zh: 'ICP 备案查询链接', en: 'ICP record link' }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publicSecurityNumber',
          type: 'text',
          label: { zh: '公安机关备案号', en: 'Public security record number' },
        },
        webAddress('publicSecurityLink', {
          zh: '公安机关备案查询链接',
          en: 'Public security record link',
        }),
      ],
    },
  ],
}

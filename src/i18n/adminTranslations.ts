// Words the admin needs beyond what Payload ships in Chinese and English: our own messages, and
// the redirects plugin's field labels (it ships no Chinese, so its keys would show raw).
import { adminMessages } from './adminMessages'

const redirects = {
  zh: {
    customUrl: '自定义网址',
    documentToRedirect: '跳转到的文档',
    fromUrl: '原网址',
    internalLink: '站内文档',
    redirectType: '跳转类型',
    toUrlType: '目标类型',
  },
  en: {
    customUrl: 'Custom address',
    documentToRedirect: 'Document to redirect to',
    fromUrl: 'Old address',
    internalLink: 'A document of the site',
    redirectType: 'Redirect type',
    toUrlType: 'Redirect to',
  },
}

export const adminTranslations = {
  zh: { ...adminMessages.zh, 'plugin-redirects': redirects.zh },
  en: { ...adminMessages.en, 'plugin-redirects': redirects.en },
}

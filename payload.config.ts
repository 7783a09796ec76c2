// Laurel's Payload configuration: what the CMS holds and where it keeps it.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { recordInAuditLog } from '@/audit/plugin'
import { AuditLog } from '@/collections/AuditLog'
import { Commendations } from '@/collections/Commendations'
import { Documents, MAX_DOCUMENT_BYTES } from '@/collections/Documents'
import { Interpretations } from '@/collections/Interpretations'
import { Media } from '@/collections/Media'
import { ModelStories } from '@/collections/ModelStories'
import { People } from '@/collections/People'
import { Policies } from '@/collections/Policies'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import { health } from '@/endpoints/health'
import { explainClientErrors } from '@/hooks/explainClientErrors'
import { databaseAdapter } from '@/lib/database'
import { jobs } from '@/lib/jobs'
import { payloadSecret } from '@/lib/secret'
import { emailAdapter } from '@/notifications/emailAdapter'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Laurel' },
  },
  collections: [
    Commendations,
    ModelStories,
    Interpretations,
    Policies,
    Units,
    People,
    Media,
    Documents,
    Users,
    AuditLog,
  ],
  plugins: [
    recordInAuditLog({
      content: [
        'commendations',
        'model-stories',
        'interpretations',
        'policies',
        'units',
        'people',
        'media',
        'documents',
      ],
      accounts: 'users',
    }),
  ],
  db: databaseAdapter(),
  endpoints: [health],
  hooks: { afterError: [explainClientErrors] },
  jobs,
  editor: lexicalEditor(),
  email: emailAdapter(),
  localization: {
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  upload: { limits: { fileSize: MAX_DOCUMENT_BYTES } },
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // LAUREL_LOG_LEVEL quiets the log (the tests use `fatal`: refused requests are expected there).
  logger: process.env.LAUREL_LOG_LEVEL
    ? { options: { level: process.env.LAUREL_LOG_LEVEL } }
    : undefined,
  telemetry: false,
})

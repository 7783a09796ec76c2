// PDF attachments: the signed originals of notices and policies, each with its SHA-256.
import type { CollectionConfig } from 'payload'

import { hiddenUnlessStaff } from '@/access/adminVisibility'
import { isEditor } from '@/access/isEditor'
import { localizedText } from '@/fields/localizedText'
import { refuseOversizedUpload } from '@/hooks/refuseOversizedUpload'
import { refuseRemoteUpload } from '@/hooks/refuseRemoteUpload'
import { adminGroups } from '@/lib/adminGroups'
import { uploadDirectory } from '@/lib/uploadDirectory'
import { uploadResponseHeaders } from '@/lib/uploadResponseHeaders'

import { recordChecksum } from './hooks/recordChecksum'

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { zh: '附件', en: 'Document' }, plural: { zh: '附件', en: 'Documents' } },
  admin: { group: adminGroups.library, useAsTitle: 'title', hidden: hiddenUnlessStaff },
  access: {
    read: () => true,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [refuseOversizedUpload(MAX_DOCUMENT_BYTES), refuseRemoteUpload],
    beforeChange: [recordChecksum],
  },
  upload: {
    staticDir: uploadDirectory('documents'),
    modifyResponseHeaders: uploadResponseHeaders,
    mimeTypes: ['application/pdf'],
  },
  fields: [
    localizedText('title', { zh: '文件名称', en: 'Title' }, true),
    {
      name: 'sha256',
      type: 'text',
      index: true,
      label: { zh: 'SHA-256 校验值', en: 'SHA-256 checksum' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

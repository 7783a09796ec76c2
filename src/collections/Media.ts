// Images shown on the public site: photos of units, people and events. Every image needs alt
// text, because every page must be readable by everyone.
import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { readMedia } from '@/access/mediaAccess'
import { isSignedIn, isSignedInField } from '@/access/isSignedIn'
import { localizedText } from '@/fields/localizedText'
import { adminGroups } from '@/lib/adminGroups'
import { recordUploader } from '@/hooks/recordUploader'
import { refuseHugeImage } from '@/hooks/refuseHugeImage'
import { refuseOversizedUpload } from '@/hooks/refuseOversizedUpload'
import { refuseRemoteUpload } from '@/hooks/refuseRemoteUpload'
import { uploadDirectory } from '@/lib/uploadDirectory'
import { uploadResponseHeaders } from '@/lib/uploadResponseHeaders'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '图片', en: 'Image' }, plural: { zh: '图片', en: 'Images' } },
  admin: { group: adminGroups.library, useAsTitle: 'alt' },
  access: {
    read: readMedia,
    create: isSignedIn,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [refuseOversizedUpload(MAX_IMAGE_BYTES), refuseRemoteUpload, refuseHugeImage],
    beforeChange: [recordUploader],
  },
  upload: {
    staticDir: uploadDirectory('images'),
    modifyResponseHeaders: uploadResponseHeaders,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, formatOptions: { format: 'webp' } },
      { name: 'card', width: 640, height: 400, formatOptions: { format: 'webp' } },
      { name: 'wide', width: 1280, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    localizedText('alt', { zh: '替代文本', en: 'Alternative text' }, true),
    localizedText('caption', { zh: '图片说明', en: 'Caption' }),
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '上传人', en: 'Uploaded by' },
      // Staff only: the public never learns who on staff uploaded what.
      access: { read: isSignedInField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}

// Images shown on the public site: photos of units, people and events. Every image needs alt
// text, because every page must be readable by everyone. Payload cuts each upload into the sizes
// below with sharp, so a phone downloads a picture as wide as its screen, never the original.
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
import { pictureResponseHeaders } from '@/lib/uploadResponseHeaders'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

const webp = { formatOptions: { format: 'webp' as const, options: { quality: 78 } } }
// Portraits are cut at 3:4 around the focal point an editor sets, else sharp's "attention"
// strategy (the busiest, most skin-toned region: a face, usually); scenes at 16:9 likewise.
const portrait = (name: string, width: number) => ({
  name,
  width,
  height: (width * 4) / 3,
  position: 'attention',
  ...webp,
})
const landscape = (name: string, width: number) => ({
  name,
  width,
  height: (width * 9) / 16,
  position: 'attention',
  ...webp,
})

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
    modifyResponseHeaders: pictureResponseHeaders,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, ...webp },
      portrait('portraitSmall', 240),
      portrait('portrait', 480),
      landscape('landscapeSmall', 480),
      landscape('landscape', 960),
      landscape('landscapeLarge', 1600),
      // A small mark (the district's emblem in the masthead, drawn at 40–56 px): the whole image,
      // never cropped, at most 112 px either way; a phone fetches a few KB, not the original.
      { name: 'mark', width: 112, height: 112, fit: 'inside', withoutEnlargement: true, ...webp },
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

// The picture a story or a unit is shown with: a scene, cut by Payload to 16:9 (src/collections/
// Media.ts). Its alt text comes from the image record, so it is written once for every page.
import type { UploadField } from 'payload'

export const pictureField: UploadField = {
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  label: { zh: '配图', en: 'Picture' },
  admin: {
    description: {
      zh: '横幅照片（16:9 裁切）。请勿使用未同意公开者的肖像。',
      en: 'A landscape photo (cut to 16:9). Never a portrait of someone who has not consented.',
    },
  },
}

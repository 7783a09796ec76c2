// The rules shared by every published content type: the public and experts read what is
// published; editors write, publish and delete; only editors see earlier versions.
import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { publishedOrEditor } from './publishedOrEditor'

export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrEditor,
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

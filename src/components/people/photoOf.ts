// A consenting person's portrait for the page's metadata and JSON-LD: the largest 3:4 cut Payload
// made. A person who did not consent arrives without a photo (src/access/readIfConsented.ts).
import { pictureOf } from '@/components/pictures/pictureSources'
import type { Media } from '@/payload-types'

export type Photo = { src: string; width: number; height: number; alt: string }

export const photoOf = (person: { photo?: number | Media | null }): Photo | null => {
  const picture = pictureOf(person.photo, 'portrait')
  return (
    picture && { src: picture.src, width: picture.width, height: picture.height, alt: picture.alt }
  )
}

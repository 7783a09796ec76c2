// A person's photo as next/image takes it: the card size Payload made, or the original. Payload
// names files by an absolute URL when a server URL is configured; the image optimizer accepts
// only local paths (next.config's localPatterns), so the path is kept and the origin dropped.
import type { Media } from '@/payload-types'

export type Photo = { src: string; width: number; height: number; alt: string }

const pathOf = (url: string) => {
  const { pathname, search } = new URL(url, 'http://local')
  return `${pathname}${search}`
}

export const photoOf = (person: { photo?: number | Media | null }): Photo | null => {
  const media = person.photo
  if (!media || typeof media !== 'object') return null
  const card = media.sizes?.card
  const chosen =
    card?.url && card.width && card.height
      ? { url: card.url, width: card.width, height: card.height }
      : { url: media.url, width: media.width, height: media.height }
  if (!chosen.url || !chosen.width || !chosen.height) return null
  return { src: pathOf(chosen.url), width: chosen.width, height: chosen.height, alt: media.alt }
}

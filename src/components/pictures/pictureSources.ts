// Which of Payload's sizes of an image (src/collections/Media.ts) a page offers the browser: a
// `srcset` of one shape, so the browser picks the width the screen needs, and the largest size's
// width and height, so the space is kept while the picture loads and nothing jumps.
import type { Media } from '@/payload-types'

export type Shape = 'portrait' | 'landscape'

export type PictureSource = {
  src: string
  srcSet: string
  width: number
  height: number
  alt: string
}

const sizesOf: Record<Shape, (keyof NonNullable<Media['sizes']>)[]> = {
  portrait: ['portraitSmall', 'portrait'],
  landscape: ['landscapeSmall', 'landscape', 'landscapeLarge'],
}

/** Payload names files by absolute URL when a server URL is set; pages link them by path. */
export const pathOf = (url: string) => {
  const { pathname, search } = new URL(url, 'http://local')
  return `${pathname}${search}`
}

type Cut = { url: string; width: number; height: number }

const cutOf = (size: { url?: string | null; width?: number | null; height?: number | null }) =>
  size.url && size.width && size.height
    ? { url: pathOf(size.url), width: size.width, height: size.height }
    : null

/** The picture as a page shows it, or null when there is no image record to show. */
export const pictureOf = (
  media: number | string | Media | null | undefined,
  shape: Shape,
): PictureSource | null => {
  if (!media || typeof media !== 'object') return null
  const cuts = sizesOf[shape]
    .map((name) => cutOf(media.sizes?.[name] ?? {}))
    .filter((cut): cut is Cut => cut !== null)
  // An original smaller than every size is offered as it is.
  const largest = cuts.at(-1) ?? cutOf(media)
  if (!largest) return null
  return {
    src: largest.url,
    srcSet: (cuts.length ? cuts : [largest]).map((cut) => `${cut.url} ${cut.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
    alt: media.alt,
  }
}

// A picture from the media library: Payload's own sizes as `srcset` (no second resizing step in
// Next's image optimizer), width and height always set, lazy unless it is the first thing a
// reader sees, and the alt text written on the image record.
import type { Media } from '@/payload-types'

import { pictureOf, type Shape } from './pictureSources'

type Props = {
  media: number | string | Media | null | undefined
  shape: Shape
  /** How wide the picture is drawn, as the `sizes` attribute says it. */
  sizes: string
  /** Above the fold: loaded at once and first. */
  eager?: boolean
  className?: string
}

export function Picture({ media, shape, sizes, eager = false, className }: Props) {
  const picture = pictureOf(media, shape)
  if (!picture) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload already made the sizes.
    <img
      className={className ? `picture picture--${shape} ${className}` : `picture picture--${shape}`}
      src={picture.src}
      srcSet={picture.srcSet}
      sizes={sizes}
      width={picture.width}
      height={picture.height}
      alt={picture.alt}
      loading={eager ? undefined : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
    />
  )
}

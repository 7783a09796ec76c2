// The district's emblem in the masthead, beside its name: decorative there (the name is the
// link's text), so it carries an empty alt. The original upload is used, drawn at 2.75rem.
import { pathOf } from '@/components/pictures/pictureSources'
import type { Media } from '@/payload-types'

export function SiteEmblem({ emblem }: { emblem: Media | null }) {
  if (!emblem?.url) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a small fixed-size mark, not a photo.
    <img
      className="site-emblem"
      src={pathOf(emblem.url)}
      width={emblem.width ?? 44}
      height={emblem.height ?? 44}
      alt=""
    />
  )
}

// The district's emblem in the masthead, beside its name: decorative there (the name is the
// link's text), so it carries an empty alt. Drawn at 2.5–3.5rem from the image's small mark (at
// most 112 px, Media's `mark` size); an emblem uploaded before that size existed uses its original.
import { pathOf } from '@/components/pictures/pictureSources'
import type { Media } from '@/payload-types'

export function SiteEmblem({ emblem }: { emblem: Media | null }) {
  if (!emblem?.url) return null
  const mark = emblem.sizes?.mark
  const drawn = mark?.url && mark.width && mark.height ? mark : emblem
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a small fixed-size mark, not a photo.
    <img
      className="site-emblem"
      src={pathOf(drawn.url ?? emblem.url)}
      width={drawn.width ?? 44}
      height={drawn.height ?? 44}
      alt=""
    />
  )
}

// Links between the public pages. Next would prefetch every link that scrolls into view: on the
// home page that is some forty requests per reader, most for pages nobody opens, and on the day a
// commendation is announced the server would spend itself on them. A click fetches the page
// instead (from the cache, ADR 0012), so navigation stays quick.
import Link from 'next/link'
import type { ComponentProps } from 'react'

export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />
}

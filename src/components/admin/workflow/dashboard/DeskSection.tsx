// One queue of the desk: a heading with its count, and the pieces in it as links.
import { SiteLink } from '@/components/layout/SiteLink'
import type { ReactNode } from 'react'

import type { Item } from '@/workflow/desk'

type Props = { id: string; heading: string; count: number; href?: string; children?: ReactNode }

export const DeskSection = ({ id, heading, count, href, children }: Props) => (
  <section className="desk__section" aria-labelledby={`desk-${id}`}>
    <h3 id={`desk-${id}`} className="desk__heading">
      {href ? <SiteLink href={href}>{heading}</SiteLink> : heading}{' '}
      <span className="desk__count" data-count={count}>
        {count}
      </span>
    </h3>
    {children}
  </section>
)

export const DeskItems = ({
  items,
  none,
}: {
  items: (Item & { extra?: string })[]
  none: string
}) =>
  items.length === 0 ? (
    <p className="desk__none">{none}</p>
  ) : (
    <ul className="desk__items">
      {items.map((item) => (
        <li key={item.href + (item.at ?? '')}>
          <SiteLink href={item.href}>{item.title}</SiteLink>
          {item.extra ? <span className="desk__extra"> · {item.extra}</span> : null}
        </li>
      ))}
    </ul>
  )

// Any address the site does not have gets the friendly not-found page inside the site's layout.
import { notFound } from 'next/navigation'

export default function UnknownPage() {
  notFound()
}

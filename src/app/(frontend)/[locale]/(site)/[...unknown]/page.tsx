// Any address the site does not have gets the friendly not-found page inside the site's layout.
import { notFound } from 'next/navigation'

// Rendered on first request and cached like every other page. Here it also sets the status: Next
// turns a notFound() caught by the layout's boundary into a 404 only when it renders a page for
// its cache; a page rendered per request would answer 200 (docs/adr/0011-not-found-pages.md).
export const generateStaticParams = () => []

export default function UnknownPage() {
  notFound()
}

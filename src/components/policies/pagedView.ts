// Lists that are only paged (policies, interpretations) understand one view key, `page`: any other
// filter in the address is not a page of theirs.
import { wholeNumber, type View } from '@/lib/listView'

/** The page a view names (1 when none), or null when the view is not one of a paged list. */
export const pageOfView = (view: View): number | null => {
  const { page, ...others } = view
  if (Object.keys(others).length > 0) return null
  return page === undefined ? 1 : wholeNumber(page)
}

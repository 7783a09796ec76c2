// Reads an honor-roll address: the year from the path, and the group and page from the view
// (`/honor-roll/2025?category=economic&page=2`, cached as `/honor-roll/2025/view/category/…`).
import { type HonorRollGroup, isHonorRollGroup } from '@/collections/Commendations/awardeeGroups'
import { setsOnly, type View, wholeNumber } from '@/lib/listView'

export type RollView = { year: number; group?: HonorRollGroup; page: number }

export const rollFromPath = (yearSegment: string, view: View): RollView | null => {
  const year = /^\d{4}$/.test(yearSegment) ? Number(yearSegment) : null
  const page = view.page === undefined ? 1 : wholeNumber(view.page)
  const { category } = view
  if (year === null || page === null) return null
  // Only the group and the page belong to a roll's view.
  if (!setsOnly(view, ['category', 'page'])) return null
  if (category !== undefined && !isHonorRollGroup(category)) return null
  return { year, group: category, page }
}

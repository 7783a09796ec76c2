// One model story at its permanent address. An old address (the slug changed) redirects; a
// withdrawn story stays readable with its notice but is no longer indexed.
import { documentPage } from '@/components/layout/documentPage'
import { StoryArticle } from '@/components/stories/StoryArticle'
import { getStory } from '@/data/stories'

const page = documentPage({
  collection: 'model-stories',
  read: getStory,
  publishedAt: (story) => story.createdAt,
  render: (story, locale) => <StoryArticle story={story} locale={locale} />,
})

export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page

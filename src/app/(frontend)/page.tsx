// The home page of the column: the latest published items of each kind. The full public site
// (sections, item pages, both languages) is built on this data layer.
import { latestColumn, type ColumnItem } from '@/data/latest'

export const dynamic = 'force-dynamic'

const sections = [
  ['commendations', '表彰通报'],
  ['stories', '典型案例'],
  ['interpretations', '专家解读'],
  ['policies', '政策文件'],
] as const

const Section = ({ heading, items }: { heading: string; items: ColumnItem[] }) => (
  <section className="column-section" aria-labelledby={`heading-${heading}`}>
    <h2 id={`heading-${heading}`}>{heading}</h2>
    {items.length === 0 ? (
      <p>暂无内容。</p>
    ) : (
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
            <time dateTime={item.date}>{item.date.slice(0, 10)}</time>
            {item.summary ? <p>{item.summary}</p> : null}
          </li>
        ))}
      </ul>
    )}
  </section>
)

export default async function HomePage() {
  const column = await latestColumn('zh')
  return (
    <>
      <h1>“三项机制”表彰宣传专栏</h1>
      {sections.map(([key, heading]) => (
        <Section key={key} heading={heading} items={column[key]} />
      ))}
    </>
  )
}

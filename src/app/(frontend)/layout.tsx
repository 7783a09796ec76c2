import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './global.css'

export const metadata: Metadata = {
  title: { default: '表彰宣传专栏 · Laurel', template: '%s · Laurel' },
  description: '全区“三项机制”表彰通报、典型案例、专家解读与政策文件。',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <header className="site-header">
          <p className="site-name">表彰宣传专栏</p>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>本栏目内容由区委宣传部发布。</p>
        </footer>
      </body>
    </html>
  )
}

// The admin's "unauthorized" page, made the second step of signing in: Payload sends a signed-in
// person here whenever the admin refuses them. One who still owes the second factor enters their
// code here (or enrols an authenticator first); one who has it goes on; anyone else is told they
// have no access.
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'

import { hasRole, roles } from '@/access/roles'
import { isEnrolled, owesSecondFactor } from '@/auth/secondFactor/passedSecondFactor'

import { CodeForm } from './CodeForm'
import { EnrolForm } from './EnrolForm'
import { wordsFor } from './words'
import './secondFactor.css'
import { SiteLink } from '@/components/layout/SiteLink'

/** Only a path inside the admin is followed after the code, never another site. */
const nextPath = (wanted: unknown) =>
  typeof wanted === 'string' && wanted.startsWith('/admin') && !wanted.startsWith('//')
    ? wanted
    : '/admin'

export function SecondFactorView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { user, i18n } = initPageResult.req
  const words = wordsFor(i18n.language)
  const next = nextPath(searchParams?.redirect)
  if (!user) redirect('/admin/login')
  if (hasRole(user, ...roles)) redirect(next)
  const owes = owesSecondFactor(user)
  const enrolled = isEnrolled(user)
  return (
    <main className="second-factor" lang={i18n.language === 'en' ? 'en' : 'zh-CN'}>
      <h1>{!owes ? words.noAccess : enrolled ? words.codeTitle : words.enrolTitle}</h1>
      {owes && <p>{enrolled ? words.codeIntro : words.enrolIntro}</p>}
      {owes && enrolled && <CodeForm words={words} next={next} />}
      {owes && !enrolled && <EnrolForm words={words} next={next} />}
      <p>
        {/* SiteLink never prefetches: fetching the sign-out page signs out. */}
        <SiteLink className="second-factor__signout" href="/admin/logout">
          {words.signOut}
        </SiteLink>
      </p>
    </main>
  )
}

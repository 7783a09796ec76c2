// The admin panel's root layout, as Payload's Next integration expects it. Its server functions
// are Payload's; a scheduled publication is also written to the audit log (src/audit), and its
// cancellation is Laurel's own (checked, audited, and without the empty job Payload's leaves).
import '@payloadcms/next/css'

import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers as requestHeaders } from 'next/headers'
import { getPayload, type ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'

import { cancelScheduling, recordScheduling, type Scheduling } from '@/audit/recordScheduling'

import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  const cancelled = (args.args as Scheduling | undefined)?.deleteID
  if (args.name === 'schedule-publish' && cancelled != null) {
    const payload = await getPayload({ config })
    const headers = await requestHeaders()
    const { user } = await payload.auth({ headers })
    return cancelScheduling(payload, user, new Headers(headers), cancelled)
  }
  const result = await handleServerFunctions({ ...args, config, importMap })
  if (args.name === 'schedule-publish' && !(result as { error?: unknown } | undefined)?.error) {
    const payload = await getPayload({ config })
    const headers = await requestHeaders()
    const { user } = await payload.auth({ headers })
    await recordScheduling(payload, user, new Headers(headers), args.args as Scheduling)
  }
  return result
}

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}

// Starts one production server for all browser tests and hands its address to them via `inject`.
import type { TestProject } from 'vitest/node'

import { startServer } from '../helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    jobsKey: string
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.LAUREL_E2E_PORT || 3310)
  const server = await startServer(port)
  project.provide('baseUrl', server.baseUrl)
  project.provide('jobsKey', server.jobsKey)
  return server.stop
}

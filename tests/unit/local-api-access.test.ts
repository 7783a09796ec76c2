// The lint rule that makes every Local API call in request-serving code say whose access applies
// (eslint/local-api-access.mjs): what it refuses and accepts, and where the project runs it.
import path from 'node:path'
import { readFileSync } from 'node:fs'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

import { localApiAccess } from '../../eslint/local-api-access.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(import.meta.dirname, 'fixtures/localApiAccess.ts')

describe('the local-api-access rule', () => {
  it('refuses each marked call, with what to do, and accepts the rest', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.ts'],
        languageOptions: {
          parser: (await import('typescript-eslint')).parser,
          parserOptions: {
            project: path.join(import.meta.dirname, 'fixtures/tsconfig.json'),
            tsconfigRootDir: root,
          },
        },
        plugins: { laurel: { rules: { 'local-api-access': localApiAccess } } },
        rules: { 'laurel/local-api-access': 'error' },
      },
    })
    const [result] = await eslint.lintFiles([fixture])
    expect(result?.messages.filter((message) => message.fatal)).toEqual([])
    const marked = readFileSync(fixture, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.endsWith('// refused') ? [index + 1] : []))
    expect(result?.messages.map((message) => message.line)).toEqual(marked)
    for (const { message } of result?.messages ?? []) {
      expect(message).toMatch(/overrideAccess: false/)
      expect(message).toMatch(/\/\/ system: <why/)
    }
  }, 120_000)

  it('runs on every file that serves a request, and not on seeds', async () => {
    const eslint = new ESLint({ cwd: root })
    const ruleFor = async (file: string) =>
      (await eslint.calculateConfigForFile(file)).rules?.['laurel/local-api-access']?.[0]
    for (const file of [
      'src/app/(frontend)/[locale]/open-data/[file]/route.ts',
      'src/data/people.ts',
      'src/participation/handleSubmission.ts',
      'src/endpoints/runJobs.ts',
      'src/hooks/keepOldAddresses.ts',
      'src/collections/Commendations/hooks/recountHonorRoll.ts',
      'src/audit/writeAuditEntry.ts',
      'src/search/syncSearchIndex.ts',
      'src/workflow/hooks/routeWorkflowMoves.ts',
      'src/notifications/editorsEmails.ts',
    ]) {
      expect(await ruleFor(file), file).toBe(2)
    }
    expect(await ruleFor('src/seed/prepare.ts')).toBeUndefined()
    // Loading ESLint's config takes about a second alone and over ten on a loaded machine.
  }, 120_000)
})

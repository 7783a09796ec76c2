import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  // The data layer is server-only in Next; tests run it on the server side too.
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          setupFiles: ['tests/helpers/setupEnv.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          // Through nginx (nginx/laurel.conf.template) in front of its own production server, run
          // after the browser suite: two servers on one build would share its page cache.
          name: 'proxy',
          environment: 'node',
          include: ['tests/proxy/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          globalSetup: ['tests/proxy/globalSetup.ts'],
        },
      },
    ],
  },
})

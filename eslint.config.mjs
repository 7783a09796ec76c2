import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

import { localApiAccess } from './eslint/local-api-access.mjs'

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Code that serves a request: route handlers, the data layer, the public forms, endpoints, and
    // everything that runs inside a request (hooks, collection and field code, access rules, jobs).
    // Seeds and migrations act as the system by nature. Types resolve spreads like `...asPublic`.
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/data/**/*.ts',
      'src/participation/**/*.ts',
      'src/endpoints/**/*.ts',
      'src/**/hooks/**/*.ts',
      'src/collections/**/*.ts',
      'src/fields/**/*.ts',
      'src/access/**/*.ts',
      'src/audit/**/*.ts',
      'src/search/**/*.ts',
      'src/workflow/**/*.ts',
      'src/notifications/**/*.ts',
    ],
    ignores: ['src/app/(payload)/**'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { laurel: { rules: { 'local-api-access': localApiAccess } } },
    rules: { 'laurel/local-api-access': 'error' },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
]

export default config

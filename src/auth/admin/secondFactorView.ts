// Where the admin's second sign-in step lives (/admin/second-factor), for payload.config.ts.
export const secondFactorView = {
  Component: '@/auth/admin/SecondFactorView#SecondFactorView',
  path: '/second-factor' as const,
  exact: true,
}

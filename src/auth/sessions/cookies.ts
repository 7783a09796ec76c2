// The staff session cookie: HttpOnly (Payload always sets it), SameSite=Lax, and Secure whenever
// the public address is https, so it never travels in clear where the site is served securely.
const publicAddress = () =>
  process.env.LAUREL_PUBLIC_URL || process.env.NEXT_PUBLIC_SERVER_URL || ''

export const sessionCookies = () => ({
  secure: publicAddress().startsWith('https://'),
  sameSite: 'Lax' as const,
})

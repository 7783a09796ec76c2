// The address a request came from, as the reverse proxy in front of Laurel reports it.
// Whoever runs the proxy decides whether it can be trusted: a client can send these headers too.
const MAX_LENGTH = 100 // an IPv6 address with a zone fits; anything longer is not an address

export const requestAddress = (headers: Headers | undefined): string | null => {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  const address = forwarded || headers?.get('x-real-ip')?.trim()
  return address ? address.slice(0, MAX_LENGTH) : null
}

// "Who sent this request": the one answer the rate limits and the audit log share. A client can
// write any X-Forwarded-For it likes, so the header is believed only as far as the reverse proxies
// we run (LAUREL_TRUSTED_PROXIES of them, each appending the address it saw) vouch for it.
import { PEER_HEADER } from './peerAddress'

const MAX_LENGTH = 100 // an IPv6 address with a zone fits; anything longer is not an address

const trustedProxies = () =>
  Math.max(0, Math.floor(Number(process.env.LAUREL_TRUSTED_PROXIES) || 0))

/**
 * With n trusted proxies the right-most n entries of X-Forwarded-For were written by them, and the
 * entry they appended first is the client. With none, the socket's address (stamped by
 * `stampPeerAddress`); where that stamp is missing (route handlers called in-process) the
 * right-most entry, which Next fills with the socket's address when the client sent none.
 */
export const clientAddress = (headers: Headers | undefined): string | null => {
  if (!headers) return null
  const hops = trustedProxies()
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const address = hops === 0 ? headers.get(PEER_HEADER) || chain.at(-1) : chain.at(-hops)
  return address ? address.slice(0, MAX_LENGTH) : null
}

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * household or server gets a whole /64, so counting single addresses would count nothing).
 */
export const addressKey = (address: string | null): string => {
  if (!address) return 'unknown'
  const plain = address.replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)
  if (mapped) return mapped[1]!
  if (!plain.includes(':')) return plain
  const [head = '', tail = ''] = plain.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = plain.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`
}

// Next hands a route handler no socket, and fills X-Forwarded-For with the socket's address only
// when the client sent none, so a client talking to Next directly can claim any address. This
// stamps every incoming request with the address of the socket it really came on.
import http from 'node:http'

export const PEER_HEADER = 'x-laurel-peer'

const STAMPED = Symbol.for('laurel.peerAddressStamped')

/** Called once at start-up (instrumentation): patches the HTTP servers of this process. */
export const stampPeerAddress = () => {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: boolean }
  if (proto[STAMPED]) return
  proto[STAMPED] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      // Overwritten, never kept: a client's own x-laurel-peer header means nothing.
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof proto.emit
}

// Saves from the admin and the REST API call Payload's operations directly, not the Local API, so
// they are retried here, around the route handler: a request whose save met a transient
// transaction error is handled again from the start, with the same body, a few times at most.
import { AsyncLocalStorage } from 'node:async_hooks'

import type { AfterErrorHook } from 'payload'

import { retryTransient } from './retryTransient'
import { isTransientTransactionError } from './transientErrors'

type Attempt = { transient: boolean }

const attempts = new AsyncLocalStorage<Attempt>()

/** Payload answers errors itself (a 500 response); this hook tells the wrapper why. */
export const noteTransientError: AfterErrorHook = ({ error }) => {
  const attempt = attempts.getStore()
  if (attempt && isTransientTransactionError(error)) attempt.transient = true
}

class TransientResponse extends Error {
  constructor(readonly response: Response) {
    super('The save met a transient transaction error.')
  }
}

export const retryRestSaves =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    if (request.method === 'GET' || request.method === 'HEAD') return handler(request, context)
    try {
      return await retryTransient(
        async () => {
          const attempt: Attempt = { transient: false }
          // Each attempt reads its own copy of the body.
          const response = await attempts.run(attempt, () => handler(request.clone(), context))
          if (attempt.transient) throw new TransientResponse(response)
          return response
        },
        (error) => error instanceof TransientResponse,
      )
    } catch (error) {
      // The last attempt failed too: its answer (Payload's 500) goes to the caller.
      if (error instanceof TransientResponse) return error.response
      throw error
    }
  }

// The request the search index reads documents with: the save's own transaction, but no user and
// a data loader of its own, so the index holds exactly what an anonymous reader is shown (access
// rules and field access applied) and never a document or field the editor saving it can see.
import { isolateObjectProperty, type PayloadRequest } from 'payload'

export const asAnonymousReader = (req: PayloadRequest): PayloadRequest => {
  const view = isolateObjectProperty(req, [
    'user',
    'locale',
    'fallbackLocale',
    'payloadDataLoader',
    'query',
  ])
  view.user = null
  // The loader caches populated documents by query, not by reader: the editor's copies must not serve.
  view.payloadDataLoader = undefined as unknown as PayloadRequest['payloadDataLoader']
  view.query = {}
  return view
}

/** The save's transaction and user, in a language of its own (the Local API rewrites it). */
export const asSystem = (req: PayloadRequest): PayloadRequest =>
  isolateObjectProperty(req, ['locale', 'fallbackLocale', 'query'])

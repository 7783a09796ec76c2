// The request the audit hooks read and write with: the save's own request (its transaction, user
// and context) except for its language. The Local API rewrites the locale and fallback locale of
// the request it is given, and the log must not switch the save in progress to another language.
import { isolateObjectProperty, type PayloadRequest } from 'payload'

export const inSameTransaction = (req: PayloadRequest): PayloadRequest =>
  isolateObjectProperty(req, ['locale', 'fallbackLocale'])

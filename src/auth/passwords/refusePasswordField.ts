// Refusing a password the way Payload refuses a field: a ValidationError with the field's path,
// so REST answers 400 with the message and the admin shows it under that field.
import { type PayloadRequest, ValidationError } from 'payload'

import { inReadersLanguage, type Words } from '../language'

export const refusePasswordField = (req: PayloadRequest, path: string, words: Words): never => {
  throw new ValidationError(
    { collection: 'users', errors: [{ message: inReadersLanguage(req, words), path }], req },
    req.t,
  )
}

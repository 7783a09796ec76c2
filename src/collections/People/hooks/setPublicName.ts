import type { FieldHook } from 'payload'

import { maskName } from '@/lib/maskName'

/** Keeps the name the public may see in step with the name and the consent. */
export const setPublicName: FieldHook = ({ siblingData, originalDoc }) => {
  const name = String(siblingData.name ?? originalDoc?.name ?? '')
  const consent = siblingData.consent ?? originalDoc?.consent
  return consent === true ? name : maskName(name)
}

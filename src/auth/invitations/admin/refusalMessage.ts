// The readable part of a refused request: a validation error's messages for each field (a taken or
// malformed e-mail), else the error's own message, else the fallback.
type Refusal = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

export const refusalMessage = (body: unknown, fallback: string): string => {
  const first = (body as Refusal | null)?.errors?.[0]
  const fields = first?.data?.errors?.map((error) => error.message).filter(Boolean) ?? []
  return fields.length > 0 ? fields.join(' ') : (first?.message ?? fallback)
}

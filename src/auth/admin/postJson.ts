// The admin's calls to the second-factor doors: same origin, with the session cookie; an error
// answer's first message is what the person is shown.
export const postJson = async (
  path: string,
  body: object,
): Promise<{ ok: boolean; data: Record<string, unknown>; message?: string }> => {
  const response = await fetch(`/api/users/second-factor/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  const errors = data.errors as { message?: string }[] | undefined
  return { ok: response.ok, data, message: errors?.[0]?.message }
}

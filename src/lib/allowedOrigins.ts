// The origins a signed-in browser may send writes from: the configured public addresses and the
// server's own address on this machine. Payload's `csrf` list and our refusal of foreign writes
// (src/guards/refuseForeignWrites.ts) read the same list.

const originOf = (url: string | undefined): string | null => {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export const allowedOrigins = (): string[] => {
  const port = process.env.PORT || '3000'
  const origins = [
    originOf(process.env.LAUREL_PUBLIC_URL),
    originOf(process.env.NEXT_PUBLIC_SERVER_URL),
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]
  return [...new Set(origins.filter((origin): origin is string => Boolean(origin)))]
}

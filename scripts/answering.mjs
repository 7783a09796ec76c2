// Waiting for a server to answer: `start:proxied` before it puts nginx in front, the proxy
// benchmark before it loads anything.

/**
 * Resolves true once `url` answers 2xx, or false as soon as `stillWaiting()` says to give up (the
 * server died, Ctrl-C); throws after `withinMs`.
 * @param {string} url
 * @param {{ withinMs?: number, stillWaiting?: () => boolean }} [options]
 */
export const untilAnswering = async (
  url,
  { withinMs = Infinity, stillWaiting = () => true } = {},
) => {
  const deadline = Date.now() + withinMs
  while (stillWaiting()) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return true
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${withinMs / 1000} s.`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

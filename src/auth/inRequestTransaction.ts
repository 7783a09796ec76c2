// Runs account work in the request's transaction: committed when the request opened it here,
// rolled back on any error, so a refused step leaves nothing half-written.
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

export const inRequestTransaction = async <T>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

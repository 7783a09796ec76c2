// How long audit entries are kept before the pruning job may remove them. The Cybersecurity Law
// (art. 21) asks for at least six months, so a value under 180 days stops the server at start-up
// rather than quietly losing the log.
export const MIN_AUDIT_RETENTION_DAYS = 180
export const DEFAULT_AUDIT_RETENTION_DAYS = 365

export const auditRetentionDays = (value = process.env.LAUREL_AUDIT_RETENTION_DAYS) => {
  if (value === undefined || value.trim() === '') return DEFAULT_AUDIT_RETENTION_DAYS
  const days = Number(value)
  if (!Number.isInteger(days) || days < MIN_AUDIT_RETENTION_DAYS) {
    throw new Error(
      `LAUREL_AUDIT_RETENTION_DAYS is ${JSON.stringify(value)}; audit entries must be kept at least ${MIN_AUDIT_RETENTION_DAYS} days, so it must be a whole number of ${MIN_AUDIT_RETENTION_DAYS} or more.`,
    )
  }
  return days
}

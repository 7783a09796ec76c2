// An audit entry about a staff account (a factor enrolled or reset, a session ended…).
import type { PayloadRequest } from 'payload'

import type { AuditAction } from '@/audit/actions'
import { writeAuditEntry } from '@/audit/writeAuditEntry'

export const auditAccount = (
  req: PayloadRequest,
  action: AuditAction,
  account: { id: number | string; email?: string | null },
  detail?: Record<string, unknown>,
) =>
  writeAuditEntry(req, {
    action,
    targetCollection: 'users',
    targetId: account.id,
    targetTitle: account.email ?? null,
    detail,
  })

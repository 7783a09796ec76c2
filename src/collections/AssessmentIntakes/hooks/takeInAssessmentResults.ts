import { readFile } from 'node:fs/promises'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { createDraftNotice, type NoticeDetails, writeGrades } from '../applyIntake'
import { checkIntake } from '../checkIntake'
import { refuseIntake } from '../problems'
import { refuseWithoutTransactions } from '@/transactions/withoutTransactions'

export const uploadedBytes = async (req: PayloadRequest): Promise<Uint8Array> => {
  const file = req.file
  if (file?.data?.length) return file.data
  return file?.tempFilePath ? readFile(file.tempFilePath) : new Uint8Array()
}

/**
 * An editor takes in a year's assessment results: every row is read and checked first, and any
 * problem refuses the whole file with the list of problems. Only a clean file updates the units'
 * grades and drafts the notice, and the intake record keeps what came of it.
 */
export const takeInAssessmentResults: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  const year = data.assessmentYear
  // Without a valid year Payload's own field validation refuses the save, after this hook.
  if (operation !== 'create' || !Number.isInteger(year)) return data
  refuseWithoutTransactions(req)
  const notice = (data.notice ?? {}) as NoticeDetails

  const { results, problems } = await checkIntake(req, await uploadedBytes(req), year, notice)
  if (problems.length > 0) throw refuseIntake(problems, req)

  const file = req.file
  const grades = await writeGrades(results, year, req)
  const filename = String(data.filename ?? req.file?.name ?? '')
  const draft = await createDraftNotice(results, year, notice, filename, req)
  // The nested Local API writes above reset `req.file`; the storage adapter uploads the file
  // after this hook, from `req.file`, so it is put back.
  req.file = file
  return {
    ...data,
    uploadedBy: req.user?.id ?? null,
    outcome: {
      rowsRead: results.length,
      gradesAdded: grades.added,
      gradesUnchanged: grades.unchanged,
      gradesReplaced: grades.replaced,
      awardees: draft?.awardees ?? 0,
      commendation: draft?.id ?? null,
    },
  }
}

// Everything a content collection needs to take part in the editorial workflow.
import type { CollectionConfig } from 'payload'

import { workflowFields } from './fields'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { noteDraftSave } from './hooks/noteDraftSave'
import { stampWorkflowRecords } from './hooks/stampWorkflowRecords'

export { workflowFields }

export const workflowHooks = {
  beforeOperation: [noteDraftSave],
  beforeChange: [enforceWorkflow, stampWorkflowRecords],
} satisfies CollectionConfig['hooks']

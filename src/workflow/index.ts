// Everything a content collection needs to take part in the editorial workflow.
import type { CollectionConfig } from 'payload'

import { workflowFields } from './fields'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { notifyOnMove } from './hooks/notifyOnMove'
import { routeWorkflowMoves } from './hooks/routeWorkflowMoves'
import { stampWorkflowRecords } from './hooks/stampWorkflowRecords'

export { workflowFields }

export const workflowHooks = {
  beforeOperation: [routeWorkflowMoves],
  beforeChange: [enforceWorkflow, stampWorkflowRecords],
  afterChange: [notifyOnMove],
} satisfies CollectionConfig['hooks']

// Everything a content collection needs to take part in the editorial workflow: its fields,
// its hooks, and the review controls of its edit view (src/components/admin/workflow).
import type { CollectionConfig, Field } from 'payload'

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

const components = '@/components/admin/workflow'

/**
 * The review actions beside the save buttons (in place of Payload's publish button), the review
 * state as the header's status, and a filter by review state above the list.
 */
export const workflowListAndEdit = {
  beforeListTable: [`${components}/ReviewStateFilter#ReviewStateFilter`],
  edit: {
    beforeDocumentControls: [`${components}/ReviewActions#ReviewActions`],
    Status: `${components}/ReviewStatus#ReviewStatus`,
    // Publishing is a review move; the correction and the schedule take the rest of its place.
    PublishButton: `${components}/PublishControls#PublishControls`,
  },
} satisfies NonNullable<CollectionConfig['admin']>['components']

/** First among the fields: where the piece stands, told to its author. Stores nothing. */
export const reviewBannerField: Field = {
  name: 'reviewBanner',
  type: 'ui',
  admin: { components: { Field: `${components}/ReviewBanner#ReviewBanner` } },
}

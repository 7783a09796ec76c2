// Where the "recommend a model" form posts (it works without JavaScript): see handleSubmission.
import { nominationSubmission } from '@/participation/nominationSubmission'
import { submissionHandler } from '@/participation/handleSubmission'

export const POST = submissionHandler(nominationSubmission)

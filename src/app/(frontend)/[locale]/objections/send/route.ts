// Where the objection form of a notice in its public-notice period posts: see handleSubmission.
import { objectionSubmission } from '@/participation/objectionSubmission'
import { submissionHandler } from '@/participation/handleSubmission'

export const POST = submissionHandler(objectionSubmission)

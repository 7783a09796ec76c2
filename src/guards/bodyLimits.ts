// How large a request body may be. JSON and GraphQL carry text, never files: 1 MB is far more than
// any document of the admin (LAUREL_MAX_JSON_BYTES changes it). A multipart body carries one upload,
// so it may be as large as the largest upload any collection accepts, plus its form fields; each
// collection then holds its own file to its own limit (refuseOversizedUpload).
import { MAX_INTAKE_BYTES } from '@/collections/AssessmentIntakes/columns'
import { MAX_DOCUMENT_BYTES } from '@/collections/Documents'
import { MAX_IMAGE_BYTES } from '@/collections/Media'

const MEGABYTE = 1024 * 1024

export const jsonBodyLimit = () => Number(process.env.LAUREL_MAX_JSON_BYTES) || MEGABYTE

export const multipartBodyLimit = () =>
  Math.max(MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, MAX_INTAKE_BYTES) + MEGABYTE

export const inMegabytes = (bytes: number) => Math.max(1, Math.round(bytes / MEGABYTE))

import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardRequest } from '@/guards/guardRequest'

export const GET = guardRequest(REST_GET(config))
export const POST = guardRequest(REST_POST(config))
export const DELETE = guardRequest(REST_DELETE(config))
export const PATCH = guardRequest(REST_PATCH(config))
export const PUT = guardRequest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)

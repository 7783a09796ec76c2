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
import { retryRestSaves } from '@/transactions/retryRestSaves'

export const GET = guardRequest(REST_GET(config))
export const POST = guardRequest(retryRestSaves(REST_POST(config)))
export const DELETE = guardRequest(retryRestSaves(REST_DELETE(config)))
export const PATCH = guardRequest(retryRestSaves(REST_PATCH(config)))
export const PUT = guardRequest(retryRestSaves(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)

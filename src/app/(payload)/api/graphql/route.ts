import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardRequest } from '@/guards/guardRequest'

export const POST = guardRequest(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)

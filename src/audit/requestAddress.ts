// The address a request came from, by the one rule the rate limits use too (src/lib/clientAddress.ts).
export { clientAddress as requestAddress } from '@/lib/clientAddress'

import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

// A 16,000 × 16,000 PNG is 31 KB on disk and 256 megapixels to decode: seconds of CPU and
// hundreds of MB per upload. 40 megapixels is more than any camera this office uses.
export const maxImagePixels = () => Number(process.env.LAUREL_MAX_IMAGE_PIXELS) || 40_000_000

/** Refuses an image over the pixel limit with 400, from its header alone (nothing is decoded). */
export const refuseHugeImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.mimetype.startsWith('image/')) return args
  const { width = 0, height = 0 } = await sharp(file.data, { limitInputPixels: false })
    .metadata()
    .catch(() => ({ width: 0, height: 0 }))
  const limit = maxImagePixels()
  if (width * height <= limit) return args
  const megapixels = Math.round(limit / 1_000_000)
  const message =
    req.i18n?.language === 'en'
      ? `The image is ${width} × ${height} pixels; at most ${megapixels} megapixels are accepted.`
      : `图片为 ${width} × ${height} 像素，超过 ${megapixels} 百万像素的上限。`
  throw new APIError(message, 400, undefined, true)
}

// What a page needs of an image record to draw it (src/components/pictures): its alt text and
// the sizes Payload cut. `url` is made from `filename`, so both are read.
export const mediaPopulate = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
} as const

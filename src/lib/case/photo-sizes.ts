/**
 * The widths the build writes of each photo. 1200 px fills a column on a sharp phone screen; no
 * copy is wider, and Astro leaves out those wider than the photo itself.
 */
export const photoWidths = [400, 800, 1200] as const;

/** How wide a photo is shown: one column on a phone, two from 40rem, in a page at most 64rem wide. */
export const photoSizes = '(min-width: 40rem) 30rem, 100vw';

/**
 * The width of a photo's plain copy (the `src`, and the one open data links to): the photo's own
 * width, at most 1200 px. Astro publishes an original file as it is once a page reads any of its
 * properties, and the original may carry the camera's location in its EXIF data; so the width is
 * read from `clone`, the plain copy Astro's own <Picture> reads for the same reason.
 */
export function copyWidthOf(image: { width: number }): number {
  const plain = (image as { clone?: { width: number } }).clone ?? image;
  return Math.min(plain.width, photoWidths.at(-1)!);
}

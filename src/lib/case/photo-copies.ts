import { getImage } from 'astro:assets';
import { copyWidthOf } from './photo-sizes';
import type { SentraPhoto } from './sentra-types';

/**
 * The address of each photo's plain JPG copy, the one its page falls back to. Open data links to
 * this copy and never to the original file, which may carry the camera's location in its EXIF
 * data: the build writes copies without it.
 */
export async function findPhotoCopies(photos: readonly SentraPhoto[], site: URL): Promise<string[]> {
  return Promise.all(
    photos.map(async (photo) => {
      const copy = await getImage({ src: photo.file, width: copyWidthOf(photo.file), format: 'jpg' });
      return new URL(copy.src, site).href;
    }),
  );
}

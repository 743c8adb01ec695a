import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { photoLicences } from '../vocabulary/photo-licences';
import { citationsSchema, textSchema } from './fields';

/**
 * The longest side a photo may have, in pixels. The build decodes each photo in full for every
 * size and format it writes, so its time and memory grow with the pixels, not with the bytes of
 * the file. 6000 px lets through a phone's 12 MP photo (4032 × 3024) and a 24 MP camera's
 * (6000 × 4000) as they are; the page never shows a photo wider than 1200 px, so anything larger
 * only slows every build. The size is read from the file's header, without decoding the photo.
 */
export const maxPhotoSide = 6000;

/** The image formats a photo may be in, as its extension and its header name them. */
export const photoExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** An address on another host (`https://…`, `//…`) or a URL that carries its own content (`data:`). */
const isRemotePath = (path: string) => /^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(path);

/** A path from the root of the disk or of the site, not from the case file. */
const isAbsolutePath = (path: string) => /^\s*(\/|\\|[a-z]:)/i.test(path);

const example = 'mis. "batik-kedungsari/pengecoran.jpg" untuk content/sentra/batik-kedungsari/pengecoran.jpg';

/**
 * Where the photo file is, relative to the case file. Only the shape is checked here; that the
 * file exists, is a photo and is not too large is checked by photoFileProblems (photo-files.ts),
 * which knows where the case file is.
 */
export const photoPathSchema = textSchema
  .refine((path) => !isRemotePath(path), {
    error: `berkas foto yang disimpan di repositori ini, ditulis relatif terhadap berkas kasus, ${example}; pembaca tidak boleh memuat apa pun dari situs lain`,
    abort: true,
  })
  .refine((path) => !isAbsolutePath(path), {
    error: `jalur relatif terhadap berkas kasus, tanpa "/" di depan, ${example}`,
    abort: true,
  })
  .refine((path) => photoExtensions.some((extension) => path.toLowerCase().endsWith(`.${extension}`)), {
    error: `berkas JPG, PNG, WebP atau AVIF (${photoExtensions.map((extension) => `.${extension}`).join(', ')}); simpan foto HEIC dari iPhone sebagai JPG lebih dulu`,
  });

/**
 * A photo's path as the build takes it: checked as above, then handed to Astro's `image()`, which
 * resolves it beside the case file to the image its pipeline resizes. Astro types `image()` by the
 * image it yields; what it takes is the path as written.
 */
export function photoImageSchema(image: ImageFunction) {
  type Image = z.output<ReturnType<ImageFunction>>;
  return photoPathSchema.pipe(image() as unknown as z.ZodType<Image, string>);
}

/**
 * One photo of the sentra, shown under the story with its credit and licence. `file` is the
 * schema the path goes through: the path itself where the file is only checked (`npm run check`),
 * and Astro's `image()` in the build, which turns it into the image its pipeline resizes.
 */
export function createPhotoSchema<F extends z.ZodType>(file: F) {
  return z.strictObject({
    /**
     * The photo file, relative to the case file: `batik-kedungsari/pengecoran.jpg` for
     * `content/sentra/batik-kedungsari/pengecoran.jpg`. A JPG, PNG, WebP or AVIF file in this
     * repository, at most 6000 pixels on its longest side; never an address on another site.
     */
    file,
    /** What the photo shows, for readers who cannot see it: "Pekerja menuang aluminium cair ke cetakan". */
    alt: textSchema,
    /** Who took the photo or holds its rights, shown under it: "Dinas Perindustrian Kabupaten Jombang". */
    credit: textSchema,
    /** The terms the photo may be shown under; one of `src/vocabulary/photo-licences.ts`. */
    licence: z.enum(photoLicences.keys),
    /** Ids of the sources where the photo was published, when it was taken from one. */
    sources: citationsSchema.optional(),
  });
}

import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { maxPhotoSide, photoExtensions, photoPathSchema } from '../schema/photo';

/**
 * A photo's width and height from its header, or undefined when the file is not a photo in one of
 * the formats allowed, whatever its extension says (a HEIC photo renamed to .jpg, a damaged file).
 */
async function photoSize(path: string): Promise<{ width: number; height: number } | undefined> {
  try {
    const metadata = await imageMetadata(readFileSync(path), path);
    return (photoExtensions as readonly string[]).includes(metadata.format) ? metadata : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with one photo file, as the "found" and "expected" of a message; none when it is fine. */
async function fileProblem(path: string, written: string): Promise<[string, string] | undefined> {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
    return [
      `"${written}", berkas yang tidak ada`,
      'jalur berkas foto relatif terhadap folder berkas kasus ini, mis. "batik-kedungsari/pengecoran.jpg"; periksa ejaan dan huruf besar-kecil nama berkas dan foldernya',
    ];
  }
  const size = await photoSize(path);
  if (!size) {
    return [
      `"${written}", berkas yang tidak terbaca sebagai gambar JPG, PNG, WebP atau AVIF`,
      'foto JPG, PNG, WebP atau AVIF yang utuh; buka foto itu dan simpan ulang sebagai JPG',
    ];
  }
  if (Math.max(size.width, size.height) > maxPhotoSide) {
    return [
      `"${written}" berukuran ${size.width} × ${size.height} piksel`,
      `sisi terpanjang paling besar ${maxPhotoSide} piksel; perkecil foto itu lebih dulu (2400 piksel sudah cukup), karena situs tidak pernah menampilkannya lebih lebar dari 1200 piksel`,
    ];
  }
  return undefined;
}

/**
 * Checks the files a case's photos point at: each must exist beside the case, be a photo the
 * build can read, and be no larger than `maxPhotoSide`. Paths the schema already refuses (another
 * host, a path from the root, not a photo's extension) are left to its message.
 */
export async function photoFileProblems(
  frontmatter: Record<string, unknown>,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Promise<string[]> {
  const photos = Array.isArray(frontmatter.photos) ? (frontmatter.photos as unknown[]) : [];
  const problems = await Promise.all(
    photos.map(async (photo, index) => {
      const written = (photo as { file?: unknown } | null)?.file;
      if (typeof written !== 'string' || !photoPathSchema.safeParse(written).success) {
        return [];
      }
      const problem = await fileProblem(join(dirname(file), written.trim()), written);
      if (!problem) return [];
      const path = ['photos', index, 'file'];
      return [`${file}:${lineOf(path)} → photos[${index}].file: ditemukan ${problem[0]}; seharusnya ${problem[1]}.`];
    }),
  );
  return problems.flat();
}

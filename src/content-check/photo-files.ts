import { maxPhotoSide, photoPathSchema } from '../schema/photo';
import { inspectPhoto } from './photo-inspector';

/** A path relative to a file's folder, from the same root as the file: `a/b.mdx` + `c/d.jpg` → `a/c/d.jpg`. */
function besideFile(file: string, relative: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** What is wrong with one photo file, as the "found" and "expected" of a message; none when it is fine. */
async function fileProblem(path: string, written: string): Promise<[string, string] | undefined> {
  const photo = await inspectPhoto(path);
  if (photo.kind === 'missing') {
    return [
      `"${written}", berkas yang tidak ada`,
      'jalur berkas foto relatif terhadap folder berkas kasus ini, mis. "batik-kedungsari/pengecoran.jpg"; periksa ejaan dan huruf besar-kecil nama berkas dan foldernya',
    ];
  }
  if (photo.kind === 'unreadable') {
    return [
      `"${written}", berkas yang tidak terbaca sebagai gambar JPG, PNG, WebP atau AVIF`,
      'foto JPG, PNG, WebP atau AVIF yang utuh; buka foto itu dan simpan ulang sebagai JPG',
    ];
  }
  if (Math.max(photo.width, photo.height) > maxPhotoSide) {
    return [
      `"${written}" berukuran ${photo.width} × ${photo.height} piksel`,
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
      const problem = await fileProblem(besideFile(file, written.trim()), written);
      if (!problem) return [];
      const path = ['photos', index, 'file'];
      return [`${file}:${lineOf(path)} → photos[${index}].file: ditemukan ${problem[0]}; seharusnya ${problem[1]}.`];
    }),
  );
  return problems.flat();
}

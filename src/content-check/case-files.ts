import { slugifyText } from '../format/slug';
import { caseSlugPattern } from '../lib/editor/case-slug';

/** The folders of the content: the cases and the guides. */
export interface ContentDirs {
  sentra: string;
  panduan: string;
}

/** A file's name without its folders, whichever separator the path uses. */
const basename = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** A case's slug, its address on the site: the file name without `.mdx`. */
export function caseSlug(file: string): string {
  return basename(file).replace(/\.mdx$/i, '');
}

/** A file name that cannot be an address as it stands, with the name it should have. */
export function fileNameProblem(file: string): string | undefined {
  const slug = caseSlug(file);
  if (caseSlugPattern.test(slug)) return undefined;
  const suggestion = slugifyText(slug);
  return `${file}:1 → nama berkas: ditemukan "${basename(file)}"; seharusnya huruf kecil, angka dan tanda hubung, karena nama berkas menjadi alamat halaman, mis. "${suggestion}.mdx".`;
}

/** Two files that would publish at the same address; each is named, so neither wins silently. */
export function duplicateSlugProblems(files: readonly string[]): string[] {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = caseSlug(file).toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map(
        (file) =>
          `${file}:1 → nama berkas: ditemukan "${caseSlug(file)}", sama dengan ${group
            .filter((other) => other !== file)
            .join(', ')}; seharusnya nama yang belum dipakai kasus lain, karena nama berkas menjadi alamat halaman.`,
      ),
    );
}

import type { z } from 'astro/zod';
import { duplicateSlugProblems, fileNameProblem } from './case-files';
import { findPlaceholders, placeholderMark } from '../lib/editor/placeholders';
import { checkCaseText } from './case-text';
import { duplicateCaseProblems } from './duplicate-cases';

/** The ids of a case's or a guide's sources, which its figures and its body cite. */
export const sourceIdsOf = (data: unknown) =>
  (data as { sources: { id: string }[] }).sources.map((source) => source.id);

/**
 * The places `npm run new` marked for the editor and still unfilled. The build shows such a draft
 * so it can be previewed; `npm run check` and the tests refuse it, so it is never published.
 */
export function unfinishedProblems(file: string, text: string): string[] {
  return findPlaceholders(text).map(
    (placeholder) =>
      `${file}:${placeholder.line} → penanda ${placeholderMark}: ditemukan "${placeholder.text}"; seharusnya fakta dari sumber di tempat penanda itu, atau baris itu dihapus.`,
  );
}

/** One file's own problems, as every check reports them: a name that cannot be an address first, then its text's. */
export async function ownFileProblems(schema: z.ZodType, file: string, text: string): Promise<string[]> {
  const name = fileNameProblem(file);
  const { problems } = await checkCaseText(schema, text, file, sourceIdsOf);
  return name ? [name, ...problems] : problems;
}

/**
 * Every problem in a set of files of one collection: names that cannot be addresses, two files
 * at one address, one case in two files, and each file's own problems, in the order of the files.
 */
export async function caseFileProblems(
  schema: z.ZodType,
  files: readonly string[],
  read: (file: string) => string,
): Promise<string[]> {
  const texts = files.map((file) => ({ file, text: read(file) }));
  const perFile = await Promise.all(texts.map(({ file, text }) => ownFileProblems(schema, file, text)));
  return [...duplicateSlugProblems(files), ...duplicateCaseProblems(texts), ...perFile.flat()];
}

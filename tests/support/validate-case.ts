// One case file's frontmatter and body checked as the tests call them, each throwing one
// CaseValidationError that lists every problem. Only tests use these: the site checks a case file
// through checkCaseText (src/content-check/case-text.ts).
import type { z } from 'astro/zod';
import { CaseValidationError } from '../../src/content-check/case-error';
import { bodyProblems, formatIssue } from '../../src/content-check/validate-case';

/**
 * Checks one case's frontmatter and throws one error naming the file, each wrong field, what
 * was found and what was expected. Returns the parsed data when it is valid.
 */
export async function validateCase<S extends z.ZodType>(schema: S, data: unknown, file: string): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => formatIssue(file, issue, data));
  throw new CaseValidationError(lines.join('\n'));
}

/** Throws one error listing every problem of a story body, or returns when there is none. */
export function validateBody(text: string, sourceIds: readonly string[], file: string): void {
  const lines = bodyProblems(text, sourceIds, file);
  if (lines.length > 0) throw new CaseValidationError(lines.join('\n'));
}

import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { bodyProblems, formatIssue } from './validate-case';

/** A case file that does not match the schema; its message is what the editor reads. */
export class CaseValidationError extends AstroError {
  constructor(message: string) {
    super(message, 'Setiap kolom dijelaskan di content/README.md.');
    this.name = 'CaseValidationError';
    // The editor needs the file and the field, not where in our code the check ran.
    this.stack = '';
  }
}

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

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { sourceIdsOf } from './case-check';
import { caseSlug, duplicateSlugProblems, fileNameProblem } from './case-files';
import { checkCaseText } from './case-text';
import { recordProblems } from './dev-problems';
import { CaseValidationError } from './validate-case';

/** File names that cannot be addresses, and two files at one address: checked before any is read. */
function checkFileNames(base: string): void {
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.toLowerCase().endsWith('.mdx'))
    .map((name) => relative(process.cwd(), join(base, name)));
  const problems = [...duplicateSlugProblems(files), ...files.flatMap((file) => fileNameProblem(file) ?? [])];
  if (problems.length > 0) throw new CaseValidationError(problems.join('\n'));
}

/**
 * Astro's glob loader for `*.mdx` cases, with each file checked by our own validator first, the
 * same one `npm run check` runs: Astro would list zod's messages; ours name the file and line,
 * the field, what was found and what was expected, in words an editor understands.
 */
export function sentraLoader(base: string, schema: z.ZodType): Loader {
  const inner = glob({
    pattern: '**/*.mdx',
    base,
    // The file name is the address; checkFileNames has made sure it is one and that it is unique.
    generateId: ({ entry }) => caseSlug(entry),
  });
  return {
    name: 'sentra-loader',
    load: (context) => {
      checkFileNames(base);
      return inner.load({
        ...context,
        parseData: async (entry) => {
          const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
          const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
          const { problems } = await checkCaseText(schema, text, file, sourceIdsOf);
          const message = problems.length > 0 ? problems.join('\n') : undefined;
          recordProblems(file, message, text);
          if (message) throw new CaseValidationError(message);
          return context.parseData(entry);
        },
      });
    },
  };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

type LoaderContext = Parameters<Loader['load']>[0];
type ParseData = LoaderContext['parseData'];

/**
 * Forgets the stored entries whose file is no longer where it was read from; returns their ids.
 * Astro's glob loader keeps an unchanged file's entry from the last build, with the path it was
 * read from then, and does not look whether a file of the same content has moved (into a
 * subfolder, or another content folder): its body and photos would be looked for at the old
 * path, and the build fail. Forgotten, the file is read again where it now is.
 */
export function forgetMovedEntries(store: Pick<LoaderContext['store'], 'entries' | 'delete'>, root: URL): string[] {
  const moved = store
    .entries()
    .filter(([, entry]) => entry.filePath !== undefined && !existsSync(new URL(entry.filePath, root)))
    .map(([id]) => id);
  for (const id of moved) store.delete(id);
  return moved;
}
type Entry = Parameters<ParseData>[0];
/** Astro's own parse, as the loader calls it: one case's frontmatter in, its data out. */
type AstroParse = (entry: Entry) => Promise<Record<string, unknown>>;

/**
 * What the loader does with each file: checks it with our validator and stops the build on any
 * problem; then hands back the data it checked, or, where `needsAstro` says the data holds
 * something only Astro's own schema can make (a photo for its image pipeline), Astro's parse.
 * The schema Astro parses with differs from ours only there, so for any other case its parse
 * would only repeat ours, with its schema built again for every file (0.6 s at 1,000 cases).
 */
export function checkedParse<S extends z.ZodType>(
  schema: S,
  astroParse: AstroParse,
  needsAstro: (data: z.output<S>) => boolean,
): ParseData {
  // Generic only because Astro's type is: the glob loader asks for the data as it was read.
  return async <T extends Record<string, unknown>>(entry: Entry) => {
    const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
    const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
    const { data, problems } = await checkCaseText(schema, text, file, sourceIdsOf);
    const message = problems.length > 0 ? problems.join('\n') : undefined;
    recordProblems(file, message, text);
    if (message) throw new CaseValidationError(message);
    return (data === undefined || needsAstro(data) ? await astroParse(entry) : data) as T;
  };
}

/**
 * Astro's glob loader for `*.mdx` cases, with each file checked by our own validator first, the
 * same one `npm run check` runs: Astro would list zod's messages; ours name the file and line,
 * the field, what was found and what was expected, in words an editor understands.
 * `needsAstro` tells which checked data Astro must parse again with its collection schema.
 */
export function sentraLoader<S extends z.ZodType>(
  base: string,
  schema: S,
  needsAstro: (data: z.output<S>) => boolean = () => false,
): Loader {
  const inner = glob({
    pattern: '**/*.mdx',
    base,
    // The file name is the address; checkFileNames has made sure it is one and that it is unique.
    generateId: ({ entry }) => caseSlug(entry),
    // No page reads a file's text from its entry: the page is the compiled MDX. Kept, each body was
    // a string in the module of all entries' data that every build compiles and loads whole.
    retainBody: false,
  });
  return {
    name: 'sentra-loader',
    load: (context) => {
      checkFileNames(base);
      forgetMovedEntries(context.store, context.config.root);
      return inner.load({ ...context, parseData: checkedParse(schema, context.parseData, needsAstro) });
    },
  };
}

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { sourceIdsOf } from '../content-check/case-check';
import { caseSlug, duplicateSlugProblems, fileNameProblem } from '../content-check/case-files';
import { checkCaseText } from '../content-check/case-text';
import { duplicateCaseProblems } from '../content-check/duplicate-cases';
import { CaseValidationError } from '../content-check/case-error';
import { mdxFilesIn } from '../content-check/mdx-files';
import { numberSources } from '../lib/case/source-numbers';
import { makerDigest } from './maker-digest';
import { renderBody } from './render-body';

/** The `.mdx` files of a content folder, as paths from the project root, in a stable order. */
const mdxFiles = (base: string) => mdxFilesIn(base).map((file) => relative(process.cwd(), file));

/**
 * What is wrong with the files together: names that cannot be addresses, two files at one address,
 * one case in two files. Checked over every file, those kept from the last build included.
 */
function fileListProblems(texts: readonly { file: string; text: string }[]): string[] {
  const files = texts.map(({ file }) => file);
  return [
    ...duplicateSlugProblems(files),
    ...files.flatMap((file) => fileNameProblem(file) ?? []),
    ...duplicateCaseProblems(texts),
  ];
}

interface Options<S extends z.ZodType> {
  /** The folder of the collection's files. */
  base: string;
  /** The plain schema, the one `npm run check` checks with. */
  schema: S;
  /** Which checked data Astro must parse again with the collection's schema (photos for its image pipeline). */
  needsAstro?: (data: z.output<S>) => boolean;
  /**
   * What the entry carries besides its checked data (a case's places and labels, enrich-case.ts),
   * for data that Astro does not parse again. The collection's schema must end in the same
   * enrichment, for the data it does parse (and for the entry's type).
   */
  enrich?: (data: z.output<S>) => object;
}

/**
 * The loader of cases and guides. Each file is checked as `npm run check` checks it (messages name
 * the file and line, the field, what was found and what was expected), and its body is rendered to
 * HTML from the tree that check parsed: the entry carries its HTML, so no case or guide ever
 * becomes a JavaScript module, and nothing an editor writes can run. An unchanged file with
 * unchanged code is kept from the last build by its digest.
 */
export function mdxDataLoader<S extends z.ZodType>({
  base,
  schema,
  needsAstro = () => false,
  enrich = (data) => data as object,
}: Options<S>): Loader {
  async function loadFile(context: LoaderContext, file: string, text: string): Promise<string> {
    const id = caseSlug(file);
    // The path is part of it: a file moved into another folder reads its photos from there.
    const digest = context.generateDigest(`${makerDigest()}\n${file}\n${text}`);
    if (context.store.get(id)?.digest === digest) return id;
    const { data, problems } = await checkCaseText(schema, text, file, sourceIdsOf);
    if (problems.length > 0 || data === undefined) {
      throw new CaseValidationError(problems.join('\n') || `${file}: tidak terbaca`);
    }
    const { html, headings } = renderBody(text, numberSources(sourceIdsOf(data).map((sourceId) => ({ id: sourceId }))));
    const stored = needsAstro(data)
      ? await context.parseData({ id, data: data as Record<string, unknown>, filePath: file })
      : (enrich(data) as Record<string, unknown>);
    context.store.set({ id, data: stored, filePath: file, digest, rendered: { html, metadata: { headings } } });
    return id;
  }

  return {
    name: 'sentra-loader',
    load: async (context) => {
      // Only `npm run dev` watches the files. There a broken file is reported in the terminal and
      // left out, and its own page shows the problem (src/middleware.ts), so every other page keeps
      // working while the editor fixes it. A build, or `astro sync`, stops with every problem of
      // every file at once, as `npm run check` lists them.
      const watching = context.watcher !== undefined;
      const texts = mdxFiles(base).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
      const problems = fileListProblems(texts);
      const kept = new Set<string>();
      for (const { file, text } of texts) {
        try {
          kept.add(await loadFile(context, file, text));
        } catch (error) {
          if (!(error instanceof CaseValidationError)) throw error;
          problems.push(error.message);
        }
      }
      if (problems.length > 0 && !watching) throw new CaseValidationError(problems.join('\n'));
      if (problems.length > 0) context.logger.error(problems.join('\n'));
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);

      // Under `npm run dev`, an edit reloads its file and the page; a broken file reports itself.
      const folder = resolve(base);
      context.watcher?.add(folder);
      const reload = (path: string) => {
        if (!path.startsWith(folder) || !path.toLowerCase().endsWith('.mdx')) return;
        const file = relative(process.cwd(), path);
        Promise.resolve()
          .then(() => loadFile(context, file, readFileSync(file, 'utf8')))
          .catch((error: unknown) => {
            context.logger.error(error instanceof Error ? error.message : String(error));
            context.store.delete(caseSlug(file));
          });
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (path.startsWith(folder)) context.store.delete(caseSlug(relative(process.cwd(), path)));
      });
    },
  };
}

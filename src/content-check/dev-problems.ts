import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { ownFileProblems } from './case-check';
import { caseSlug } from './case-files';
import { mdxFilesIn } from './mdx-files';

/** A collection as `npm run dev` serves it: the address its pages sit under, its folder, its schema. */
export interface DevCollection {
  /** The address of its pages, `/sentra/` for `/sentra/<slug>/`. */
  route: string;
  /** The folder of its files. */
  dir: string;
  /** Its schema, made when first needed: the case schema reads the list of every village. */
  schema: () => Promise<z.ZodType>;
}

/** The `.mdx` files under a folder, whatever their depth, named as the loader names them; none without the folder. */
function loaderFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return mdxFilesIn(dir).map((file) => relative(process.cwd(), file));
}

/** An address's path as text; a malformed escape is left as it is (no file has such a name). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The problems of the case or guide whose page is asked for under `npm run dev`, checked afresh
 * from its file with the check the build runs, so the message is the build's own. The loader
 * leaves a broken file out and every other page keeps working; this page alone shows what is
 * wrong, in the browser's error overlay, until the file is fixed. Nothing is kept between
 * requests: the file as it is now is the only source of the answer.
 */
export async function pageProblems(pathname: string, collections: readonly DevCollection[]): Promise<string[]> {
  for (const { route, dir, schema } of collections) {
    if (!pathname.startsWith(route)) continue;
    const slug = safeDecode(pathname.slice(route.length)).replace(/\/$/, '');
    if (!slug || slug.includes('/')) return [];
    const files = loaderFiles(dir).filter((file) => caseSlug(file) === slug);
    const problems: string[] = [];
    for (const file of files) {
      problems.push(...(await ownFileProblems(await schema(), file, readFileSync(file, 'utf8'))));
    }
    return problems;
  }
  return [];
}

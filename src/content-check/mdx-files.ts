import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `.mdx` file under a folder, whatever its depth, as the folder's path joined with the file's,
 * in sorted order so every check lists the files alike. Not in case-files.ts: the web editor's check
 * bundles that file for the browser, which has no file system.
 */
export function mdxFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.toLowerCase().endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
}

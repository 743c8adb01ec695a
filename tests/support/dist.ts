import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './astro-build.ts';

/** A built page, parsed. */
export function readPage(path: string): HTMLElement {
  return parse(readFileSync(join(distDir, path), 'utf8'));
}

/** Every HTML page of the build, as paths relative to dist/, leaving out Pagefind's own files. */
export function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => relative(distDir, join(distDir, file)))
    .sort();
}

/**
 * The pages readers see: every built page but the web editor's (/admin/, out of the sitemap, with
 * no title of the site's, no description and no share card). Checks of what readers and link
 * previews get run over these; checks of safety, validity and accessibility over all pages.
 */
export function publicPages(): string[] {
  return builtPages().filter((file) => !file.startsWith('admin/'));
}

/** The URL path a built file is served at: `sentra/x/index.html` is `/sentra/x/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

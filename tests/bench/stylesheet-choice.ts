// Inline stylesheet or one cached file? Weighed for a reader who opens several pages in a row:
// inlined, each page carries its sheet; linked, each distinct sheet is fetched once and cached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const stylePattern = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/** A `<link rel="stylesheet" href="/_astro/index.AbCd1234.css">` in place of the sheet, gzipped. */
const linkTagBytes = 40;

/** Gzipped bytes a reader downloads for the styles of `pages` (paths of built HTML files), both ways. */
export function stylesheetChoice(dir: string, pages: readonly string[]): { inline: number; linked: number } {
  let inline = 0;
  const sheets = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    // What the sheet adds to the page as sent: the gzipped page with it, less the page without it.
    inline += gzipSync(html).length - gzipSync(html.replace(stylePattern, '')).length;
    for (const match of html.matchAll(stylePattern)) sheets.add(match[1]!);
  }
  const linked = [...sheets].reduce((sum, sheet) => sum + gzipSync(sheet).length, 0) + pages.length * linkTagBytes;
  return { inline, linked };
}

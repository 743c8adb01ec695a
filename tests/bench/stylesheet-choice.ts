// Inline stylesheets or cached files? Weighed for a reader who opens several pages in a row: an
// inlined sheet comes again with every page; a linked one is fetched once and then cached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const stylePattern = /<style\b[^>]*>[\s\S]*?<\/style>/g;
const linkPattern = /<link rel="stylesheet" href="\/([^"]+)"[^>]*>/g;

const gzipped = (text: string) => gzipSync(text).length;

/**
 * Gzipped bytes of style a reader downloads for `pages` (built HTML files in `dir`): as the build
 * ships them (inline sheets with every page, each linked file once), and had every sheet been
 * inlined instead (each page carrying its linked files' text in a `<style>`).
 */
export function stylesheetChoice(dir: string, pages: readonly string[]): { shipped: number; allInline: number } {
  let shipped = 0;
  let allInline = 0;
  const files = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const bare = gzipped(html.replace(stylePattern, '').replace(linkPattern, ''));
    // What the page's own <style> elements and <link> tags add to it as sent.
    shipped += gzipped(html) - bare;
    for (const [, file] of html.matchAll(linkPattern)) files.add(file!);
    const inlined = html.replace(
      linkPattern,
      (_, file: string) => `<style>${readFileSync(join(dir, file), 'utf8')}</style>`,
    );
    allInline += gzipped(inlined) - bare;
  }
  for (const file of files) shipped += gzipped(readFileSync(join(dir, file), 'utf8'));
  return { shipped, allInline };
}

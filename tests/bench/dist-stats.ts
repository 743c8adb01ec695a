// What a build left on disk: its size, its files, its heaviest page, how much of it is the
// stylesheet copied into every page, the list's filter index and the search index.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstFilter, type FirstFilter } from './first-filter.ts';

/** A built site's weight on disk. */
export interface DistStats {
  bytes: number;
  files: number;
  pages: number;
  /** The largest HTML page once gzipped, as a server would send it. */
  largest: { path: string; gzipBytes: number };
  /** Pages over the gzip limit given. */
  overLimit: number;
  /** Bytes of `<style>` blocks in all pages: the copies of the stylesheet inlined in each. */
  inlineStyleBytes: number;
  /** What a reader's heaviest first filter fetches of the list's index (none in the baseline). */
  firstFilter: FirstFilter | undefined;
  /** The comparison's list of cases once gzipped, fetched when its picker is first used (0 if none). */
  pickerGzipBytes: number;
  /** Pagefind's word chunks and its result texts, as stored (Pagefind gzips them itself). */
  searchIndexBytes: { words: number; texts: number };
}

// The list src/pages/bandingkan/daftar/sentra.json.ts writes; the baseline has none.
const pickerList = join('bandingkan', 'daftar', 'sentra.json');
// Pagefind's folders of word chunks and of result texts, in both builds.
const wordChunks = join('pagefind', 'index') + '/';
const resultTexts = join('pagefind', 'fragment') + '/';

const stylePattern = /<style\b[^>]*>[\s\S]*?<\/style>/g;

/** Measures the built site in `dir`; `limit` is the gzip weight no page may pass. */
export function distStats(dir: string, limit: number): DistStats {
  const stats: DistStats = {
    bytes: 0,
    files: 0,
    pages: 0,
    largest: { path: '', gzipBytes: 0 },
    overLimit: 0,
    inlineStyleBytes: 0,
    firstFilter: firstFilter(dir),
    pickerGzipBytes: 0,
    searchIndexBytes: { words: 0, texts: 0 },
  };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    stats.files++;
    stats.bytes += stat.size;
    if (name === pickerList) stats.pickerGzipBytes = gzipSync(readFileSync(path)).length;
    if (name.startsWith(wordChunks)) stats.searchIndexBytes.words += stat.size;
    if (name.startsWith(resultTexts)) stats.searchIndexBytes.texts += stat.size;
    if (!name.endsWith('.html')) continue;
    const html = readFileSync(path);
    const gzipBytes = gzipSync(html).length;
    stats.pages++;
    if (gzipBytes > limit) stats.overLimit++;
    if (gzipBytes > stats.largest.gzipBytes) stats.largest = { path: `/${name}`, gzipBytes };
    for (const style of html.toString('utf8').match(stylePattern) ?? [])
      stats.inlineStyleBytes += Buffer.byteLength(style);
  }
  return stats;
}

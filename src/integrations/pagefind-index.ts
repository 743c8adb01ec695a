import type { ServerResponse } from 'node:http';
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseHeapBefore } from '../lib/heap';
import { packageVersion } from '../lib/package-version';
import { keepIndex, linkLastIndex, pruneUnnamedFiles } from '../lib/search-index-seed';

/** The part of Pagefind's Node API used here; tests pass a fake one. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

// Pagefind's Node API reports problems in `errors` arrays instead of throwing: each one must
// stop the build, or the site would ship with a search that finds nothing.
function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * The pages that can hold searchable text: cases and guides, the only layouts that mark their
 * body with `data-pagefind-body`. Pagefind would otherwise read every list, filter and comparison
 * page (a third of the files at national scale) only to find nothing to index in them; a build
 * test checks that every page with a searchable body is in the index.
 */
export const searchedPages = '{sentra,panduan}/*/index.html';

/**
 * The allocator settings Pagefind's binary starts with. It allocates with jemalloc (its build
 * names the variable with jemalloc's Rust prefix), which by default spreads a program over four
 * arenas per core and keeps the memory it frees for ten seconds before giving it back: memory the
 * index no longer needs stayed resident while it grew. One arena, and freed pages given back after a
 * second: the binary's peak over 3,000 case pages fell from 1.69 to 1.35 GB for about 0.5 s more of
 * 9 s; the files it writes are the same bytes. The build's peak is Pagefind's and the Astro
 * process's together (the hook runs while Astro still holds its memory).
 */
export const pagefindAllocator = { _RJEM_MALLOC_CONF: 'narenas:1,dirty_decay_ms:1000,muzzy_decay_ms:0' };

/** Where the index of the last build is kept, and whether to start from it. */
export interface KeptIndex {
  dir: string;
  use: boolean;
}

/**
 * Indexes the built pages in `outDir` and writes the index to `outDir/pagefind`. Each page is
 * indexed in the language of its `lang` attribute, so Indonesian pages get Indonesian stemming.
 * With `kept`, the new index is kept in its folder for the next build, and where `kept.use`, the
 * unchanged files of the one kept there are linked, not written again (src/lib/search-index-seed.ts).
 * Returns the number of HTML files read and of files kept from the last index; throws on any
 * error Pagefind reports.
 */
export async function writeSearchIndex(
  outDir: string,
  api: PagefindApi = pagefind,
  kept?: KeptIndex,
): Promise<{ pages: number; kept: number }> {
  const indexDir = join(outDir, 'pagefind');
  const linked = kept?.use ? linkLastIndex(kept.dir, indexDir, packageVersion('pagefind')) : 0;
  // The binary starts on the first call and takes the environment as it is then; a setting of the
  // user's own is kept.
  for (const [name, value] of Object.entries(pagefindAllocator)) process.env[name] ??= value;
  try {
    const { index, errors } = await api.createIndex({});
    failOn('creating the index', errors);
    if (!index) throw new Error('Pagefind: no index was created');
    const added = await index.addDirectory({ path: outDir, glob: searchedPages });
    failOn('reading the built pages', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind: found no HTML page in ${outDir}`);
    const written = await index.writeFiles({ outputPath: indexDir });
    failOn('writing the index', written.errors);
    const pruned = linked > 0 ? pruneUnnamedFiles(indexDir).length : 0;
    if (kept) keepIndex(indexDir, kept.dir);
    return { pages: added.page_count, kept: linked - pruned };
  } finally {
    await api.close();
  }
}

// Pagefind also writes its ready-made search interfaces; the site has its own small one, so
// these bundles (about 400 KB) would only be deployed and never loaded. Its worker goes too: the
// site runs the search in the page (src/scripts/pagefind-client.ts, `noWorker`).
const unusedBundle = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/** Removes Pagefind's own search interfaces from the index folder; returns what it removed. */
export function pruneUnusedBundles(pagefindDir: string): string[] {
  const unused = readdirSync(pagefindDir).filter((file) => unusedBundle.test(file));
  for (const file of unused) rmSync(join(pagefindDir, file));
  return unused;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * The index of the last build, for `npm run dev`: the dev server renders pages on request and
 * writes no index of its own, so /pagefind/ is served from dist/ and /cari/ says how old it is.
 */
export function serveLastIndex(pagefindDir: string) {
  return (request: { url?: string }, response: ServerResponse, next: () => void) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
    const file = join(pagefindDir, path);
    if (!file.startsWith(pagefindDir) || !existsSync(file) || !statSync(file).isFile()) return next();
    response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  };
}

/** Writes the Pagefind search index into the build once every page is written. */
export function pagefindIndex(): AstroIntegration {
  // The last build's index, kept in Astro's cache folder, which a deploy keeps for the
  // incremental build and the share images anyway. `astro build --force`, which ignores Astro's
  // caches, starts without it too.
  let keptIndex: KeptIndex | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') {
          const dir = fileURLToPath(new URL('search-index/', config.cacheDir));
          keptIndex = { dir, use: !process.argv.includes('--force') };
        }
        // Tells /cari/ it is served by `astro dev`, so it says how old the index is. Not set from
        // astro:server:setup: a build starts a Vite server of its own, and built pages must not
        // carry the note (nor the index's time, which would make two builds differ).
        if (command === 'dev') process.env.ETALASE_DEV_SERVER = '1';
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/pagefind', serveLastIndex(join(process.cwd(), 'dist', 'pagefind')));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Every page is written: what the Astro process no longer needs goes back to the system
        // before Pagefind's binary starts beside it (src/lib/heap.ts).
        logger.info(releaseHeapBefore('indexing'));
        const started = performance.now();
        const { pages, kept } = await writeSearchIndex(outDir, pagefind, keptIndex);
        pruneUnusedBundles(join(outDir, 'pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        // The benchmark reads the time from this line to report the search step's share of a build.
        logger.info(`indexed ${pages} pages in ${seconds} s; ${kept} files kept from the last index`);
      },
    },
  };
}

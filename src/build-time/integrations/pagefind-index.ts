import type { ServerResponse } from 'node:http';
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
 * Indexes the built pages in `outDir` and writes the index to `outDir/pagefind`. Each page is
 * indexed in the language of its `lang` attribute, so Indonesian pages get Indonesian stemming.
 * Returns the number of HTML files read; throws on any error Pagefind reports.
 */
export async function writeSearchIndex(outDir: string, api: PagefindApi = pagefind): Promise<{ pages: number }> {
  try {
    const { index, errors } = await api.createIndex({});
    failOn('creating the index', errors);
    if (!index) throw new Error('Pagefind: no index was created');
    const added = await index.addDirectory({ path: outDir, glob: searchedPages });
    failOn('reading the built pages', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind: found no HTML page in ${outDir}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    failOn('writing the index', written.errors);
    return { pages: added.page_count };
  } finally {
    await api.close();
  }
}

// Pagefind also writes its ready-made search interfaces; the site has its own small one, so
// these bundles would only be deployed and never loaded. Its worker goes too: the
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
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/pagefind', serveLastIndex(join(process.cwd(), 'dist', 'pagefind')));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages } = await writeSearchIndex(outDir, pagefind);
        pruneUnusedBundles(join(outDir, 'pagefind'));
        logger.info(`indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}

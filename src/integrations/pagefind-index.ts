import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

// Pagefind's Node API reports problems in `errors` arrays instead of throwing: each one must
// stop the build, or the site would ship with a search that finds nothing.
function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

/** Writes the Pagefind search index into the build, in Indonesian (from each page's `lang`). */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          failOn('creating the index', errors);
          if (!index) throw new Error('Pagefind: no index was created');
          const added = await index.addDirectory({ path: outDir });
          failOn('reading the built pages', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind: no page carries data-pagefind-body');
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn('writing the index', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

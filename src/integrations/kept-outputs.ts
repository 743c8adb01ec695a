import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { releaseHeapBefore, rendersMostPaths } from '../lib/heap';
import { lastOutputs, linkLastOutputs, releaseOutput } from '../lib/kept-outputs';
import { imagesLast } from '../lib/prerender-order';

/**
 * Sets the order and the starting point of the paths Astro renders: the share images after the
 * pages, so they are drawn while the pages render (src/lib/prerender-order.ts), every output
 * Astro kept from the last build hard-linked into the new one before it looks for them, so an
 * unchanged path costs no copy (src/lib/kept-outputs.ts), and, when most paths are to be
 * rendered, the memory the bundling left given back first (src/lib/heap.ts). Astro's own
 * prerenderer does the rest.
 */
export function keptOutputs(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'kept-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        // The outputs Astro kept from the last build, by path with or without its closing slash: a
        // path Astro renders again must be found here whichever way its request spells it, or Astro
        // writes through a link.
        const key = (pathname: string) => pathname.replace(/\/$/, '');
        let kept = new Map<string, string>();
        setPrerenderer((astro) => ({
          ...astro,
          name: 'kept-outputs',
          getStaticPaths: async () => {
            const paths = imagesLast(await astro.getStaticPaths());
            const names = new Set(paths.map(({ pathname }) => pathname));
            const outputs = lastOutputs(cacheDir);
            const linked = linkLastOutputs(cacheDir, outDir, outputs, names);
            kept = new Map([...outputs].map(([pathname, outputFile]) => [key(pathname), outputFile]));
            if (linked.size > 0) logger.info(`linked ${linked.size} files of the last build`);
            if (rendersMostPaths(paths.length, linked.size)) logger.info(releaseHeapBefore('the pages'));
            return paths;
          },
          // Called only for a path Astro renders again, before it writes the result.
          render: (request, options) => {
            const path = key(new URL(request.url).pathname);
            const outputFile = kept.get(path);
            if (outputFile !== undefined) {
              releaseOutput(cacheDir, outDir, outputFile);
              kept.delete(path);
            }
            return astro.render(request, options);
          },
        }));
      },
    },
  };
}

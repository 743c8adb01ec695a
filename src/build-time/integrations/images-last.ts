import type { AstroIntegration } from 'astro';
import { imagesLast } from '../prerender-order';

/**
 * Has Astro render the share images after every page (src/build-time/prerender-order.ts), through its
 * public `setPrerenderer` hook: the images are drawn in worker processes meanwhile, so the build
 * does not wait for them with nothing else to do.
 */
export function imagesLastOrder(): AstroIntegration {
  return {
    name: 'images-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          ...astro,
          name: 'images-last',
          getStaticPaths: async () => imagesLast(await astro.getStaticPaths()),
        }));
      },
    },
  };
}

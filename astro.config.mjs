// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { atomicDist } from './src/integrations/atomic-dist.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

export default defineConfig({
  // The public address, for canonical links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://etalase-sentra-ikm.example',
  trailingSlash: 'always',
  // Astro's build cache (the content data store) beside the project, not in node_modules: work
  // trees that share one node_modules then cannot overwrite each other's cache mid-build.
  cacheDir: './.astro/cache',
  // Most readers arrive on one page from a shared link, on a slow connection: CSS inlined in the
  // HTML saves them a round trip before anything shows, at the cost of a few KB per page.
  build: { inlineStylesheets: 'always' },
  // Order matters: the search index is written into the finished build before it is promoted to dist/.
  integrations: [mdx(), pagefindIndex(), atomicDist()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});

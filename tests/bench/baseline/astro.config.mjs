// @ts-check
// The benchmark's baseline: a plain Astro + MDX site of the same case files, one page per story
// with a minimal layout and no schema, then the Pagefind CLI. What this site costs beyond it is
// what its schema, pages, charts, share images and data files cost. Built by tests/bench/run.ts.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321/',
  trailingSlash: 'always',
  // Caches beside this project, never in the node_modules it shares with the site.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
});

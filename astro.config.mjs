// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { adminSettings } from './src/lib/admin/config.ts';
import { admin } from './src/build-time/integrations/admin.ts';
import { atomicDist } from './src/build-time/integrations/atomic-dist.ts';
import { quietHeadInject } from './src/build-time/integrations/build-log.ts';
import { contentHistory } from './src/build-time/integrations/history.ts';
import { imageCache } from './src/build-time/integrations/image-cache.ts';
import { siteSettings } from './src/build-time/site-settings.ts';
import { imagesLastOrder } from './src/build-time/integrations/images-last.ts';
import { pagefindIndex } from './src/build-time/integrations/pagefind-index.ts';
import { localSite, requireSite } from './src/build-time/integrations/require-site.ts';

export default defineConfig({
  // The public address, for canonical links, the sitemap, the feed and share links. `astro build`
  // refuses to run without SITE_URL (requireSite); dev and `astro check` fall back to localhost.
  site: process.env.SITE_URL || localSite,
  trailingSlash: 'always',
  // Astro's build cache (the content data store) beside the project, not in node_modules: work
  // trees that share one node_modules then cannot overwrite each other's cache mid-build.
  cacheDir: './.astro/cache',
  // The site's one stylesheet (about 4 KB gzip) is a file of its own, fetched once and cached:
  // inlined, every page carried it again, and a reader who opens home, the list and a case page
  // downloaded more (the bench weighs both ways). Sheets under Vite's 4 KB limit stay inline, so
  // a page never waits on a second request for a few lines of CSS.
  // Two paths at a time, so one page renders while another's file is written. The share images,
  // most of a large build's work, are drawn in worker processes meanwhile (src/lib/drawing-pool.ts).
  build: { inlineStylesheets: 'auto', concurrency: 2 },
  // Order matters: requireSite stops a build before anything is written; the sitemap, the editor
  // and the search index are written into the finished build
  // before it is promoted to dist/.
  integrations: [
    requireSite(),
    siteSettings(),
    contentHistory(),
    imageCache(),
    imagesLastOrder(),
    // Pages only (not the feed, data files or images). The web editor is no route, only files the
    // admin integration writes after the build, so the sitemap never sees it.
    sitemap({ filter: (url) => url.endsWith('/') }),
    // /admin/: the web editor (Sveltia CMS), its configuration generated from the case schema. Where
    // it commits comes from the build's environment (CMS_REPO, CMS_BACKEND…; content/README.md).
    admin(adminSettings(process.env)),
    pagefindIndex(),
    atomicDist(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: { rolldownOptions: { onLog: quietHeadInject } },
  },
  // A path whose getStaticPaths item has a cacheKey (src/lib/page-key.ts) is copied from the previous
  // build when neither its key nor its code changed: a build after one edited case renders that case.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // No case or guide shows code; Shiki's highlighting would need inline styles the policy forbids.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in a <meta> of every page: Astro hashes each inline script and
  // style it emits, and everything else may come from this host only. Pagefind compiles its
  // WebAssembly search engine in a worker, or in the page where workers fail: 'wasm-unsafe-eval'
  // allows that compilation, and no JavaScript eval.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

// Size budgets for the built scripts, stylesheets and pages, gzipped, checked over dist/ by
// tests/build/size-budget.test.ts. Readers are on low-end phones and slow, metered connections:
// each limit sits a little above today's weight (noted), so growth is a decision, not a drift.
import type { Budgets } from '../tests/support/size-budget.ts';

const kb = 1024;

export const budgets: Budgets = {
  files: [
    // Chart.js with only the bar chart registered (about 52 KB). Loaded only near a chart; more
    // means another part of Chart.js came in. The benchmark holds the same 60 KB.
    { match: /^_astro\/draw-chart\.[\w-]+\.js$/, maxGzip: 60 * kb },
    // Pagefind's own browser API and worker (about 13 KB each), loaded on /cari/ only. Not ours to
    // trim, but an upgrade that grows them should be noticed.
    { match: /^pagefind\/[\w.-]+\.js$/, maxGzip: 16 * kb },
    // Our own scripts: small custom elements (about 1 KB each). 5 KB is what a case page may
    // load before any chart, as the benchmark targets.
    { match: /^(_astro\/[\w.-]+\.js|inline <script> in .+)$/, maxGzip: 5 * kb },
    // The one Tailwind stylesheet (about 4.5 KB), inlined in every page so nothing blocks the
    // first paint: each KB is paid on every page a reader opens.
    { match: /^(_astro\/[\w.-]+\.css|inline <style> in .+)$/, maxGzip: 6 * kb },
  ],
  // Everything the site can make a reader download. JS: about 79 KB today, two thirds of it
  // Chart.js. CSS: about 13 KB, the same sheet in three variants (pages with and without charts'
  // styles); 20 KB leaves room for one more, beyond that one shared, cached file weighs less.
  total: { js: 90 * kb, css: 20 * kb },
  // Any one HTML page (issue 9). A page that lists cases shows a page of them, or a few with a
  // link to the full list, so its weight does not grow with the number of cases: the heaviest,
  // a page of the comparison's table, weighs about 21 KB today and 31 KB at 1,000 or 3,000
  // synthetic cases (`npm run bench` prints it).
  page: 100 * kb,
};

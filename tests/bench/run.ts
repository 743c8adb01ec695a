// The benchmark (`npm run bench`): builds this site and a plain Astro + MDX baseline side by side
// over synthetic cases, then weighs the pages of the real content, scores them with Lighthouse and
// weighs a first search, and prints each figure beside its target from issue 9. Figures, not a
// timed test: a slow or busy machine prints slower numbers, it does not fail CI.
//
//   BENCH_SIZES=100,1000,3000  numbers of cases (the default); BENCH_CASES=14000 runs one size only
//   BENCH_RUNS=3               builds of each at each size, the median printed (default 1); as many
//                              Lighthouse runs of each page, the median performance printed
//   BENCH_SEED=2026            the seed of the synthetic cases; BENCH_WORD the word searched for
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/astro-build.ts';
import { apiSearch, coldSearch, pageWeight, withSite } from './browser-figures.ts';
import { buildSite, removeCaches } from './builds.ts';
import { lighthouseScores, printLighthouse } from './lighthouse-figures.ts';
import { bytes, count, printTable, type Row } from './report.ts';
import { measureScale, printGrowth, printScale, type Measured } from './scale.ts';
import { stylesheetChoice } from './stylesheet-choice.ts';
import { emptyTrash } from './trash.ts';
import { defaultSeed } from './synthetic-cases.ts';

const sizes = (process.env.BENCH_CASES ?? process.env.BENCH_SIZES ?? '100,1000,3000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const seed = process.env.BENCH_SEED ?? defaultSeed;
const word = process.env.BENCH_WORD ?? 'pengolahan';
const searchAt = sizes.includes(1000) ? 1000 : Math.max(...sizes);
// Beside the project, on the file system of the staging folder that each build renames into place.
mkdirSync(join(root, '.astro'), { recursive: true });
const work = mkdtempSync(join(root, '.astro', 'bench-'));

const pages = {
  home: '/',
  list: '/sentra/',
  case: '/sentra/slag-aluminium-kendalsari-jombang/',
  guide: '/panduan/replikasi/',
  search: '/cari/',
};
const htmlFile = (path: string) => `${path.slice(1)}index.html`;

console.log(
  `npm run bench, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${bytes(totalmem())} memory, Node ${process.version}; ` +
    `synthetic cases of seed ${seed}; ${runs} run${runs > 1 ? 's' : ''} of each build`,
);
try {
  const results = new Map<number, { site: Measured; baseline: Measured }>();
  const searchDirs = { site: join(work, 'search-site'), baseline: join(work, 'search-baseline') };
  for (const n of sizes) {
    results.set(n, await measureScale(work, n, runs, seed, n === searchAt ? searchDirs : undefined));
    printScale(n, runs, results.get(n)!);
  }
  printGrowth(results);

  console.error('… building the real content for page weights');
  const realDir = join(work, 'real');
  await buildSite('', realDir);
  const weights = await withSite(realDir, async (browser, origin) => {
    const measured: Record<string, Awaited<ReturnType<typeof pageWeight>>> = {};
    for (const [name, path] of Object.entries(pages)) measured[name] = await pageWeight(browser, origin, path);
    return measured;
  });
  const weightRows: Row[] = Object.entries(weights).map(([name, weight]) => {
    const total = weight.html + weight.css + weight.js + weight.font + weight.other;
    const target = name === 'case' ? 'JS ≤ 5 KB, all ≤ 100 KB' : name === 'home' ? 'no JS, all ≤ 60 KB' : '';
    const met =
      name === 'case'
        ? weight.js <= 5 * 1024 && total <= 100 * 1024
        : name === 'home'
          ? weight.js === 0 && total <= 60 * 1024
          : undefined;
    return {
      cells: [
        `${name} ${pages[name as keyof typeof pages]}`,
        bytes(weight.html),
        bytes(weight.css),
        bytes(weight.js),
        bytes(weight.font),
        bytes(weight.other),
        count(weight.requests),
        bytes(total),
        target,
      ],
      met,
    };
  });
  printTable(
    'On load, real content (content/sentra), 360×640 phone window, until the network is quiet; gzip (fonts and search index as sent)',
    ['page', 'HTML', 'CSS files', 'JS', 'fonts', 'other', 'requests', 'total', 'target'],
    weightRows,
  );
  console.error('… Lighthouse, mobile, on the same pages');
  printLighthouse(
    `Lighthouse mobile scores, real content served gzipped${runs > 1 ? `, the run of median performance of ${runs}` : ''}`,
    pages,
    await lighthouseScores(realDir, pages, runs),
  );
  const journey = [pages.home, pages.list, pages.case].map(htmlFile);
  const styles = stylesheetChoice(realDir, journey);
  printTable(
    'Stylesheets for a reader who opens home, list and a case page (gzip)',
    ['', 'as shipped (astro.config.mjs: one cached file)', 'every sheet inlined', 'target'],
    [
      {
        cells: ['bytes downloaded', bytes(styles.shipped), bytes(styles.allInline), 'ship the lighter'],
        met: styles.shipped <= styles.allInline,
      },
    ],
  );

  console.error(`… first search for "${word}" at N = ${count(searchAt)}`);
  const search = await withSite(searchDirs.site, (browser, origin) => coldSearch(browser, origin, word));
  // Any of the baseline's pages will do: each is a case, and the search starts from one.
  const basePage = readdirSync(searchDirs.baseline).find((name) =>
    existsSync(join(searchDirs.baseline, name, 'index.html')),
  );
  if (basePage === undefined)
    throw new Error(`The baseline's build in ${searchDirs.baseline} has no page to search from`);
  const baseSearch = await withSite(searchDirs.baseline, (browser, origin) =>
    apiSearch(browser, origin, `/${basePage}/`, word),
  );
  const limit = searchAt <= 1000 ? 150 * 1024 : 250 * 1024;
  printTable(
    `Cold first search for "${word}" at N = ${count(searchAt)}, uncompressed serving, fresh browser`,
    ['', 'this site', "the baseline's index, through Pagefind's API", 'target'],
    [
      {
        cells: ['bytes from /pagefind/', bytes(search.bytes), bytes(baseSearch.bytes), `< ${bytes(limit)}`],
        met: search.bytes < limit,
      },
      {
        cells: [
          '… as sent by a host that gzips text',
          bytes(search.sentBytes),
          bytes(baseSearch.sentBytes),
          `< ${bytes(limit)}`,
        ],
        met: search.sentBytes < limit,
      },
      { cells: ['requests', count(search.requests), count(baseSearch.requests), ''] },
      {
        cells: ['last keystroke to first result', `${Math.round(search.firstResultMs)} ms`, '', '≤ 300 ms'],
        met: search.firstResultMs <= 300,
      },
      { cells: ['results shown with their text', count(search.results), count(baseSearch.results), ''] },
    ],
  );
} finally {
  removeCaches();
  emptyTrash();
  rmSync(work, { recursive: true, force: true });
}

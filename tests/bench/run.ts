// The benchmark (`npm run bench`): builds this site and a plain Astro + MDX + Pagefind baseline
// side by side over synthetic cases, then weighs the pages of the real content, scores them with
// Lighthouse and weighs a first search, and prints each figure beside its target from issue 27.
// Figures, not a timed test: a slow or busy machine prints slower numbers, it does not fail CI.
//
//   --sizes=100,1000,3000  numbers of cases (the default; BENCH_SIZES or BENCH_CASES alike);
//                          the national directory is 14000, a run of hours on two cores
//   --runs=1               cold builds of each at each size, the median printed (BENCH_RUNS); as
//                          many Lighthouse runs of each page, the median performance printed
//   --seed=2026            the seed of the synthetic cases (BENCH_SEED)
//   --word=pengolahan      the word searched for (BENCH_WORD), at the largest size
//   e.g. npm run bench -- --sizes=100,300
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../support/astro-build.ts';
import { apiSearch, coldSearch, pageWeight, withSite } from './browser-figures.ts';
import { buildSite, removeCaches } from './builds.ts';
import { distStats } from './dist-stats.ts';
import { categories, lighthouseScores, printLighthouse } from './lighthouse-figures.ts';
import { bytes, count, printTable, type Row } from './report.ts';
import { measureScale, pageLimit, printScale, printStore, type Measured } from './scale.ts';
import { stylesheetChoice } from './stylesheet-choice.ts';
import { loadTarget, sizeFigures, targetHeader, targetRows, type RunFigures } from './targets.ts';
import { emptyTrash } from './trash.ts';
import { defaultSeed } from './synthetic-cases.ts';

const { values: flags } = parseArgs({
  options: { sizes: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, word: { type: 'string' } },
});
const env = process.env;
const sizes = (flags.sizes ?? env.BENCH_CASES ?? env.BENCH_SIZES ?? '100,1000,3000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes: whole numbers of cases, found "${sizes}"`);
const runs = Number(flags.runs ?? env.BENCH_RUNS ?? 1);
const seed = flags.seed ?? env.BENCH_SEED ?? defaultSeed;
const word = flags.word ?? env.BENCH_WORD ?? 'pengolahan';
// The search target is set at national scale: the largest size measured comes nearest.
const searchAt = Math.max(...sizes);
// Beside the project, on the file system of the staging folder that each build renames into place.
mkdirSync(join(root, '.astro'), { recursive: true });
const work = mkdtempSync(join(root, '.astro', 'bench-'));

/** The first page of a kind in a built site (`prefix` + a folder of its own + index.html), as a path. */
function firstPage(dir: string, prefix: string): string | undefined {
  const folder = join(dir, prefix);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder)
    .sort()
    .find((entry) => entry !== 'halaman' && existsSync(join(folder, entry, 'index.html')));
  return name === undefined ? undefined : `/${prefix}${name}/`;
}

/** One page of each type the site has, found in the real content's build. */
function pageTypes(dir: string): Record<string, string> {
  // A filter's folder holds a folder per value and no page of its own, unlike a case's.
  const facetFolder = readdirSync(join(dir, 'sentra'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['halaman', 'kartu'].includes(entry.name))
    .map((entry) => entry.name)
    .sort()
    .find((name) => !existsSync(join(dir, 'sentra', name, 'index.html')));
  const found: Record<string, string | undefined> = {
    home: '/',
    list: '/sentra/',
    filter: facetFolder && firstPage(dir, `sentra/${facetFolder}/`),
    case: '/sentra/slag-aluminium-kendalsari-jombang/',
    guide: '/panduan/replikasi/',
    'guide step': firstPage(dir, 'panduan/replikasi/'),
    compare: '/bandingkan/',
    'open data': '/data/',
    search: '/cari/',
    about: '/tentang/',
  };
  const pages: Record<string, string> = {};
  for (const [name, path] of Object.entries(found)) {
    if (path === undefined || !existsSync(join(dir, path, 'index.html')))
      throw new Error(`The real content's build has no ${name} page${path ? ` at ${path}` : ''}`);
    pages[name] = path;
  }
  return pages;
}

console.log(
  `npm run bench, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${bytes(totalmem())} memory, Node ${process.version}; ` +
    `synthetic cases of seed ${seed}; ${runs} run${runs > 1 ? 's' : ''} of each build`,
);
try {
  const results = new Map<number, Measured>();
  const searchDirs = { site: join(work, 'search-site'), baseline: join(work, 'search-baseline') };
  for (const n of sizes) {
    results.set(n, await measureScale(work, n, runs, seed, n === searchAt ? searchDirs : undefined));
    printScale(n, runs, results.get(n)!);
  }
  printStore(results);

  console.error('… building the real content for page weights');
  const realDir = join(work, 'real');
  await buildSite('', realDir);
  const real = distStats(realDir, pageLimit);
  const pages = pageTypes(realDir);
  const weights = await withSite(realDir, async (browser, origin) => {
    const measured: Record<string, Awaited<ReturnType<typeof pageWeight>>> = {};
    for (const [name, path] of Object.entries(pages)) measured[name] = await pageWeight(browser, origin, path);
    return measured;
  });
  // The weights issue 9 set for the two pages most readers open first, held since.
  const weightRows: Row[] = Object.entries(weights).map(([name, weight]) => {
    const total = weight.html + weight.css + weight.js + weight.font + weight.other;
    const target = loadTarget(name, { js: weight.js, total });
    return {
      cells: [
        `${name} ${pages[name]}`,
        bytes(weight.html),
        bytes(weight.css),
        bytes(weight.js),
        bytes(weight.font),
        bytes(weight.other),
        count(weight.requests),
        bytes(total),
        target.text,
      ],
      met: target.met,
    };
  });
  printTable(
    'On load, real content (content/sentra), 360×640 phone window, until the network is quiet; gzip (fonts and search index as sent)',
    ['page', 'HTML', 'CSS files', 'JS', 'fonts', 'other', 'requests', 'total', 'target'],
    weightRows,
  );
  console.error('… Lighthouse, mobile, on the same pages');
  const scored = await lighthouseScores(realDir, pages, runs);
  printLighthouse(
    `Lighthouse mobile scores, real content served gzipped${runs > 1 ? `, the run of median performance of ${runs}` : ''}`,
    pages,
    scored,
  );
  const journey = [pages.home!, pages.list!, pages.case!].map((path) => `${path.slice(1)}index.html`);
  const styles = stylesheetChoice(realDir, journey);
  printTable(
    'Stylesheets for a reader who opens home, list and a case page (gzip)',
    ['', 'as shipped (astro.config.mjs: one cached file)', 'every sheet inlined'],
    [{ cells: ['bytes downloaded', bytes(styles.shipped), bytes(styles.allInline)] }],
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
  printTable(
    `Cold first search for "${word}" at N = ${count(searchAt)}, fresh browser`,
    ['', 'this site', "the baseline's index, through Pagefind's API"],
    [
      { cells: ['bytes from /pagefind/, served uncompressed', bytes(search.bytes), bytes(baseSearch.bytes)] },
      { cells: ['… as sent by a host that gzips text', bytes(search.sentBytes), bytes(baseSearch.sentBytes)] },
      { cells: ['requests', count(search.requests), count(baseSearch.requests)] },
      { cells: ['last keystroke to first result', `${Math.round(search.firstResultMs)} ms`, ''] },
      { cells: ['results shown with their text', count(search.results), count(baseSearch.results)] },
    ],
  );

  // The lowest score of any category on any page type, and where.
  let lowest = { score: 100, where: 'every page' };
  for (const [name, { scores }] of Object.entries(scored)) {
    for (const category of categories) {
      if (scores[category] < lowest.score) lowest = { score: scores[category], where: `${name}, ${category}` };
    }
  }
  const figures: RunFigures = {
    sizes: new Map([...results].map(([n, measured]) => [n, sizeFigures(measured)])),
    search: {
      n: searchAt,
      sentBytes: search.sentBytes,
      baselineSentBytes: baseSearch.sentBytes,
      firstResultMs: search.firstResultMs,
    },
    real: { largestPage: real.largest.gzipBytes, lowestScore: lowest.score, lowestWhere: lowest.where },
  };
  printTable(
    `Targets of issue 27, this run (${new Date().toISOString().slice(0, 10)}): a ✓ or ✗ where the target names the number of cases`,
    targetHeader,
    targetRows(figures),
  );
} finally {
  removeCaches();
  emptyTrash();
  rmSync(work, { recursive: true, force: true });
}

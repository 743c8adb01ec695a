// The side-by-side builds at each number of cases: this site and the baseline over the same
// synthetic cases, alternating which goes first from run to run so neither always gets the
// warmer machine, and the figures of each side by side.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../../.ci/size-budgets.ts';
import { buildBaseline, buildSite, type BuildCost } from './builds.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import type { FirstFilter } from './first-filter.ts';
import { bytes, count, median, printTable, ratio, seconds, share, type Row } from './report.ts';
import { writeSyntheticCases } from './synthetic-cases.ts';
import { discard } from './trash.ts';

/** No page may weigh more than this gzipped, at any number of cases: the budget `npm test` holds. */
export const pageLimit = budgets.page;

/** What each side's builds cost at one number of cases, medians over the runs, and what they left. */
export interface Measured {
  site: {
    /** Without any cache: every share image drawn. */
    cold: BuildCost;
    /** Cold but for the share images kept from the last build, as a deploy restores them. */
    imagesKept: BuildCost;
    /** After an editor changed one case's story, every cache of the build before kept. */
    rebuild: BuildCost;
    dist: DistStats;
  };
  baseline: { cold: BuildCost; rebuild: BuildCost; dist: DistStats };
}

/**
 * Changes one case as an editor's commit would, and returns how to take it back: a sentence added
 * to its story, which only its own page shows.
 */
function editOneStory(casesDir: string): () => void {
  const file = join(casesDir, readdirSync(casesDir).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.trimEnd()}\n\nSatu kalimat tambahan dari penyunting.\n`);
  return () => writeFileSync(file, text);
}

const medianOf = (costs: BuildCost[], cost: (one: BuildCost) => number) => median(costs.map(cost));

const medianCost = (costs: BuildCost[]): BuildCost => ({
  seconds: medianOf(costs, (cost) => cost.seconds),
  peakBytes: medianOf(costs, (cost) => cost.peakBytes),
  peakSplit: {
    indexing: medianOf(costs, (cost) => cost.peakSplit.indexing),
    other: medianOf(costs, (cost) => cost.peakSplit.other),
  },
  pagefindSeconds: medianOf(costs, (cost) => cost.pagefindSeconds),
  cpuSeconds: medianOf(costs, (cost) => cost.cpuSeconds),
  steps: {
    sync: medianOf(costs, (cost) => cost.steps.sync),
    bundle: medianOf(costs, (cost) => cost.steps.bundle),
    pages: medianOf(costs, (cost) => cost.steps.pages),
  },
  store: {
    fileBytes: medianOf(costs, (cost) => cost.store.fileBytes),
    moduleBytes: medianOf(costs, (cost) => cost.store.moduleBytes),
  },
});

type Side = 'site' | 'baseline';

/**
 * Builds both sites from `n` synthetic cases `runs` times each, in `work`: the site fully cold,
 * then cold with the share images kept; the baseline cold. In the first run each side is built
 * again after one story's edit. Each side's first cold build is kept in the folder `keep` names
 * for it, when given (for the search figures); every other build is removed.
 */
export async function measureScale(
  work: string,
  n: number,
  runs: number,
  seed: string,
  keep?: Record<Side, string>,
): Promise<Measured> {
  const cases = join(work, `cases-${n}`);
  await writeSyntheticCases(cases, n, seed);
  const costs = { cold: [] as BuildCost[], imagesKept: [] as BuildCost[], baseline: [] as BuildCost[] };
  const dists: Partial<Record<Side, DistStats>> = {};
  const rebuilds: Partial<Record<Side, BuildCost>> = {};
  const say = (what: string) => console.error(`… N = ${count(n)}: ${what}`);
  for (let run = 0; run < runs; run++) {
    const order: Side[] = run % 2 === 0 ? ['site', 'baseline'] : ['baseline', 'site'];
    for (const side of order) {
      const kept = run === 0 ? keep?.[side] : undefined;
      const first = kept ?? join(work, `${side}-${n}-${run}`);
      say(`run ${run + 1} of ${runs}, building ${side === 'site' ? 'this site, fully cold' : 'the baseline, cold'}`);
      if (side === 'site') costs.cold.push(await buildSite(cases, first, 'cold'));
      else costs.baseline.push(await buildBaseline(cases, first, 'cold'));
      dists[side] ??= distStats(first, pageLimit);
      if (first !== kept) discard(first);
      // The site's deploy build: its share images restored, every other cache gone.
      const out = side === 'site' ? join(work, `site-${n}-${run}-images`) : first;
      if (side === 'site') {
        say(`run ${run + 1} of ${runs}, building this site, cold with its share images kept`);
        costs.imagesKept.push(await buildSite(cases, out, 'images'));
      }
      if (run > 0) {
        if (side === 'site') discard(out);
        continue;
      }
      // The build a site makes most: one story changed since the last build, whose caches are kept.
      // Into the folder the last build went to, as a deploy builds into dist/ each time: the folder's
      // path is part of the code Astro bundles, so another one would change every page's code for
      // Astro's incremental build. A first build kept for the search is set aside meanwhile.
      say(`rebuilding ${side === 'site' ? 'this site' : 'the baseline'} after one story's edit`);
      const aside = `${out}-first`;
      if (existsSync(out)) renameSync(out, aside);
      const undo = editOneStory(cases);
      try {
        rebuilds[side] = await (side === 'site' ? buildSite : buildBaseline)(cases, out, 'warm');
      } finally {
        undo();
      }
      discard(out);
      if (existsSync(aside)) renameSync(aside, out);
      if (side === 'site') discard(out);
    }
  }
  discard(cases);
  return {
    site: {
      cold: medianCost(costs.cold),
      imagesKept: medianCost(costs.imagesKept),
      rebuild: rebuilds.site!,
      dist: dists.site!,
    },
    baseline: { cold: medianCost(costs.baseline), rebuild: rebuilds.baseline!, dist: dists.baseline! },
  };
}

/** Prints the figures of one number of cases, side by side; the targets are in the summary (targets.ts). */
export function printScale(n: number, runs: number, { site, baseline }: Measured): void {
  const time = (cost: BuildCost, against?: BuildCost) =>
    `${seconds(cost.seconds)}${against ? ` (${ratio(cost.seconds / against.seconds)})` : ''}`;
  const pagefind = (cost: BuildCost) =>
    `${seconds(cost.pagefindSeconds)} (${share(cost.pagefindSeconds, cost.seconds)} of the build)`;
  const peaks = ({ peakBytes, peakSplit }: BuildCost) =>
    `${bytes(peakBytes)} (${bytes(peakSplit.indexing)} · ${bytes(peakSplit.other)})`;
  // The work of each build, all its processes together: with every core busy, the floor under its time.
  const cpu = (cost: BuildCost, against?: BuildCost) =>
    `${seconds(cost.cpuSeconds)}${against ? ` (${ratio(cost.cpuSeconds / against.cpuSeconds)})` : ''}`;
  const steps = ({ steps }: BuildCost) => [steps.sync, steps.bundle, steps.pages].map(seconds).join(' · ');
  const store = ({ store }: BuildCost) =>
    `${bytes(store.fileBytes)} · ${store.moduleBytes > 0 ? bytes(store.moduleBytes) : 'not found'}`;
  const size = (dist: DistStats) => `${bytes(dist.bytes)} in ${count(dist.files)} files`;
  const largest = (dist: DistStats) => `${bytes(dist.largest.gzipBytes)} ${dist.largest.path}`;
  const searchIndex = ({ searchIndexBytes }: DistStats) =>
    `${bytes(searchIndexBytes.words)} · ${bytes(searchIndexBytes.texts)}`;
  const images = site.cold.seconds - site.imagesKept.seconds;
  const rows: Row[] = [
    {
      cells: [
        `cold build, share images kept (median of ${runs})`,
        time(site.imagesKept, baseline.cold),
        time(baseline.cold),
      ],
    },
    { cells: [`fully cold build (median of ${runs})`, time(site.cold, baseline.cold), time(baseline.cold)] },
    {
      cells: [
        "  of it, drawing the share images (the two builds' difference)",
        `${seconds(images)} (${share(images, site.cold.seconds)}), CPU ${seconds(site.cold.cpuSeconds - site.imagesKept.cpuSeconds)}`,
        '—',
      ],
    },
    {
      cells: [
        "rebuild after one story's edit (caches kept)",
        time(site.rebuild, baseline.rebuild),
        time(baseline.rebuild),
      ],
    },
    { cells: ['CPU time, all processes: cold, images kept', cpu(site.imagesKept, baseline.cold), cpu(baseline.cold)] },
    { cells: ['  fully cold · rebuild', `${cpu(site.cold)} · ${cpu(site.rebuild)}`, `— · ${cpu(baseline.rebuild)}`] },
    { cells: ['peak memory, all processes (while Pagefind indexes · outside it)', '', ''] },
    { cells: ['  cold, images kept', peaks(site.imagesKept), peaks(baseline.cold)] },
    { cells: ['  fully cold', peaks(site.cold), '—'] },
    { cells: ['  rebuild', peaks(site.rebuild), peaks(baseline.rebuild)] },
    { cells: ['content sync · bundling · pages, cold with images kept', steps(site.imagesKept), steps(baseline.cold)] },
    { cells: ['  fully cold', steps(site.cold), '—'] },
    { cells: ['  rebuild', steps(site.rebuild), steps(baseline.rebuild)] },
    {
      cells: ['content store: file in the cache · module in the server bundle', store(site.cold), store(baseline.cold)],
    },
    { cells: ['Pagefind step, cold with images kept', pagefind(site.imagesKept), pagefind(baseline.cold)] },
    { cells: ['  rebuild', pagefind(site.rebuild), pagefind(baseline.rebuild)] },
    { cells: ['dist/ size', size(site.dist), size(baseline.dist)] },
    {
      cells: [
        '  of it, inlined stylesheets',
        `${bytes(site.dist.inlineStyleBytes)} (${share(site.dist.inlineStyleBytes, site.dist.bytes)})`,
        bytes(baseline.dist.inlineStyleBytes),
      ],
    },
    { cells: ['largest HTML page (gzip)', largest(site.dist), largest(baseline.dist)] },
    {
      cells: [
        `HTML pages over ${bytes(pageLimit)} gzip`,
        `${count(site.dist.overLimit)} of ${count(site.dist.pages)}`,
        `${count(baseline.dist.overLimit)} of ${count(baseline.dist.pages)}`,
      ],
    },
    ...listFilterRows(site.dist.firstFilter),
    { cells: ["comparison's list of cases (gzip), fetched on first use", bytes(site.dist.pickerGzipBytes), '—'] },
    { cells: ['search index: word chunks · result texts', searchIndex(site.dist), searchIndex(baseline.dist)] },
  ];
  printTable(`N = ${count(n)} synthetic cases`, ['', 'this site', 'baseline'], rows);
}

/** What the list's heaviest first filter fetches: its index, then the files of the cards shown. */
function listFilterRows(first: FirstFilter | undefined): Row[] {
  if (!first) return [];
  return [
    { cells: ["list's index (gzip), fetched on a first filter", bytes(first.indexGzipBytes), '—'] },
    {
      cells: [
        `  then its first cards, heaviest (${first.query})`,
        `${bytes(first.cardsGzipBytes)} in ${count(first.cardFiles)} files`,
        '—',
      ],
    },
  ];
}

/** The bundling step and Astro's content store at each number of cases: what replaced a module per case. */
export function printStore(results: ReadonlyMap<number, Measured>): void {
  const module = (moduleBytes: number) => (moduleBytes > 0 ? bytes(moduleBytes) : 'not found');
  const rows: Row[] = [...results].map(([n, { site, baseline }]) => ({
    cells: [
      count(n),
      `${seconds(site.imagesKept.steps.bundle)} / ${seconds(baseline.cold.steps.bundle)}`,
      `${bytes(site.cold.store.fileBytes)} / ${bytes(baseline.cold.store.fileBytes)}`,
      `${module(site.cold.store.moduleBytes)} / ${module(baseline.cold.store.moduleBytes)}`,
    ],
  }));
  printTable(
    "Bundling and Astro's content store, this site / baseline (cold builds)",
    ['cases', 'bundling step', 'data-store.json in .astro/cache', 'its module in the server bundle'],
    rows,
  );
}

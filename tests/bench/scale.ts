// The side-by-side builds at each number of cases: this site and the baseline over the same
// synthetic cases, alternating which goes first from run to run so neither always gets the
// warmer machine, and the figures of each beside the issue's targets.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../../.ci/size-budgets.ts';
import { buildBaseline, buildSite, type BuildCost, type Start } from './builds.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import type { FirstFilter } from './first-filter.ts';
import { bytes, count, median, printTable, ratio, seconds, share, type Row } from './report.ts';
import { writeSyntheticCases } from './synthetic-cases.ts';
import { discard } from './trash.ts';

/** No page may weigh more than this gzipped, at any number of cases: the budget `npm test` holds. */
export const pageLimit = budgets.page;

/** The median cost of a build over its runs, and what its first run left on disk. */
export interface Measured {
  cost: BuildCost;
  dist: DistStats;
  /** A second build after an editor changed one case's story, with the first build's caches kept. */
  rebuild: BuildCost;
  /** A third, after the editor changed that case's data too. */
  dataRebuild: BuildCost;
}

/**
 * Changes one case as an editor's commit would, and returns how to take it back: a sentence added
 * to its story, which only its own page shows, or a word to its summary, data that the lists show.
 */
function editOneCase(casesDir: string, part: 'story' | 'data'): () => void {
  const file = join(casesDir, readdirSync(casesDir).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  const edited =
    part === 'story'
      ? `${text.trimEnd()}\n\nSatu kalimat tambahan dari penyunting.\n`
      : text.replace(/^summary: "/m, 'summary: "Kini, ');
  if (edited === text) throw new Error(`${file}: no summary to edit`);
  writeFileSync(file, edited);
  return () => writeFileSync(file, text);
}

const medianCost = (costs: BuildCost[]): BuildCost => ({
  seconds: median(costs.map((cost) => cost.seconds)),
  peakBytes: median(costs.map((cost) => cost.peakBytes)),
  peakSplit: {
    indexing: median(costs.map((cost) => cost.peakSplit.indexing)),
    other: median(costs.map((cost) => cost.peakSplit.other)),
  },
  pagefindSeconds: median(costs.map((cost) => cost.pagefindSeconds)),
  cpuSeconds: median(costs.map((cost) => cost.cpuSeconds)),
  steps: {
    sync: median(costs.map((cost) => cost.steps.sync)),
    bundle: median(costs.map((cost) => cost.steps.bundle)),
    pages: median(costs.map((cost) => cost.steps.pages)),
  },
});

/**
 * Builds both sites from `n` synthetic cases `runs` times each, in `work`. Each site's first build
 * is kept in the folder `keep` names for it, when given (for the search figures); every other
 * build is removed.
 */
export async function measureScale(
  work: string,
  n: number,
  runs: number,
  seed: string,
  keep?: Record<'site' | 'baseline', string>,
): Promise<{ site: Measured; baseline: Measured }> {
  const cases = join(work, `cases-${n}`);
  await writeSyntheticCases(cases, n, seed);
  const costs = { site: [] as BuildCost[], baseline: [] as BuildCost[] };
  const dists: Partial<Record<'site' | 'baseline', DistStats>> = {};
  const rebuilds: Partial<Record<'site' | 'baseline', BuildCost>> = {};
  const dataRebuilds: Partial<Record<'site' | 'baseline', BuildCost>> = {};
  const build = (kind: 'site' | 'baseline', out: string, start: Start) =>
    (kind === 'site' ? buildSite : buildBaseline)(cases, out, start);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['site', 'baseline'] as const) : (['baseline', 'site'] as const);
    for (const kind of order) {
      const kept = run === 0 ? keep?.[kind] : undefined;
      const out = kept ?? join(work, `${kind}-${n}-${run}`);
      console.error(
        `… N = ${count(n)}, run ${run + 1} of ${runs}: building ${kind === 'site' ? 'this site' : 'the baseline'}`,
      );
      costs[kind].push(await build(kind, out, 'cold'));
      dists[kind] ??= distStats(out, pageLimit);
      if (out !== kept) discard(out);
      if (run > 0) continue;
      // The build a site makes most: one case changed since the last, whose caches are kept.
      console.error(`… N = ${count(n)}: rebuilding ${kind === 'site' ? 'this site' : 'the baseline'} after one edit`);
      const undoStory = editOneCase(cases, 'story');
      // Into the folder the first build went to, as a deploy builds into dist/ each time: the folder's
      // path is part of the code Astro bundles, so another one would change every page's code for
      // Astro's incremental build. A first build kept for the search is set aside meanwhile.
      const aside = `${out}-first`;
      if (existsSync(out)) renameSync(out, aside);
      rebuilds[kind] = await build(kind, out, 'warm');
      console.error(
        `… N = ${count(n)}: rebuilding ${kind === 'site' ? 'this site' : 'the baseline'} after a data edit`,
      );
      const undoData = editOneCase(cases, 'data');
      dataRebuilds[kind] = await build(kind, out, 'warm');
      undoData();
      undoStory();
      discard(out);
      if (existsSync(aside)) renameSync(aside, out);
    }
  }
  discard(cases);
  return {
    site: { cost: medianCost(costs.site), dist: dists.site!, rebuild: rebuilds.site!, dataRebuild: dataRebuilds.site! },
    baseline: {
      cost: medianCost(costs.baseline),
      dist: dists.baseline!,
      rebuild: rebuilds.baseline!,
      dataRebuild: dataRebuilds.baseline!,
    },
  };
}

/** Prints the figures of one number of cases beside their targets. */
export function printScale(n: number, runs: number, { site, baseline }: { site: Measured; baseline: Measured }): void {
  // A build's time beside the baseline's, with the ratio the issue's target bounds.
  const timeRow = (label: string, mine: BuildCost, theirs: BuildCost): Row => {
    const measured = mine.seconds / theirs.seconds;
    return {
      cells: [label, `${seconds(mine.seconds)} (${ratio(measured)})`, seconds(theirs.seconds), '≤ 1.10× the baseline'],
      met: measured <= 1.1,
    };
  };
  const pagefind = (cost: BuildCost) =>
    `${seconds(cost.pagefindSeconds)} (${share(cost.pagefindSeconds, cost.seconds)} of the build)`;
  const peaks = ({ peakSplit }: BuildCost) => `${bytes(peakSplit.indexing)} · ${bytes(peakSplit.other)}`;
  // The work of each build, all its processes together: with every core busy, the floor under its time.
  const cpu = (cold: BuildCost, rebuild: BuildCost, dataRebuild: BuildCost, against?: BuildCost) =>
    [
      `${seconds(cold.cpuSeconds)}${against ? ` (${ratio(cold.cpuSeconds / against.cpuSeconds)})` : ''}`,
      seconds(rebuild.cpuSeconds),
      seconds(dataRebuild.cpuSeconds),
    ].join(' · ');
  const steps = ({ steps }: BuildCost) => [steps.sync, steps.bundle, steps.pages].map(seconds).join(' · ');
  const size = (dist: DistStats) => `${bytes(dist.bytes)} in ${count(dist.files)} files`;
  const largest = (dist: DistStats) => `${bytes(dist.largest.gzipBytes)} ${dist.largest.path}`;
  const searchIndex = ({ searchIndexBytes }: DistStats) =>
    `${bytes(searchIndexBytes.words)} · ${bytes(searchIndexBytes.texts)}`;
  const rows: Row[] = [
    timeRow(`whole build, cold (median of ${runs})`, site.cost, baseline.cost),
    timeRow('rebuild after one case is edited (caches kept)', site.rebuild, baseline.rebuild),
    timeRow("rebuild after that case's data is edited too", site.dataRebuild, baseline.dataRebuild),
    {
      cells: ['peak memory', bytes(site.cost.peakBytes), bytes(baseline.cost.peakBytes), '≤ the baseline'],
      met: site.cost.peakBytes <= baseline.cost.peakBytes,
    },
    { cells: ['  while Pagefind indexes · before it', peaks(site.cost), peaks(baseline.cost), ''] },
    // The builds an editor's commits trigger most: their peaks, which start from Astro's kept caches.
    {
      cells: [
        '  in the rebuild · the data rebuild',
        `${bytes(site.rebuild.peakBytes)} · ${bytes(site.dataRebuild.peakBytes)}`,
        `${bytes(baseline.rebuild.peakBytes)} · ${bytes(baseline.dataRebuild.peakBytes)}`,
        '≤ the baseline',
      ],
      met:
        site.rebuild.peakBytes <= baseline.rebuild.peakBytes &&
        site.dataRebuild.peakBytes <= baseline.dataRebuild.peakBytes,
    },
    {
      cells: [
        'CPU time, all processes: cold · rebuild · data rebuild',
        cpu(site.cost, site.rebuild, site.dataRebuild, baseline.cost),
        cpu(baseline.cost, baseline.rebuild, baseline.dataRebuild),
        '',
      ],
    },
    { cells: ['content sync · bundling · pages', steps(site.cost), steps(baseline.cost), ''] },
    { cells: ['Pagefind step', pagefind(site.cost), pagefind(baseline.cost), ''] },
    { cells: ['rebuild: content sync · bundling · pages', steps(site.rebuild), steps(baseline.rebuild), ''] },
    { cells: ['rebuild: Pagefind step', pagefind(site.rebuild), pagefind(baseline.rebuild), ''] },
    {
      cells: [
        'data rebuild: content sync · bundling · pages',
        steps(site.dataRebuild),
        steps(baseline.dataRebuild),
        '',
      ],
    },
    { cells: ['data rebuild: Pagefind step', pagefind(site.dataRebuild), pagefind(baseline.dataRebuild), ''] },
    { cells: ['dist/ size', size(site.dist), size(baseline.dist), ''] },
    {
      cells: [
        '  of it, inlined stylesheets',
        `${bytes(site.dist.inlineStyleBytes)} (${share(site.dist.inlineStyleBytes, site.dist.bytes)})`,
        bytes(baseline.dist.inlineStyleBytes),
        '',
      ],
    },
    {
      cells: ['largest HTML page (gzip)', largest(site.dist), largest(baseline.dist), `≤ ${bytes(pageLimit)}`],
      met: site.dist.overLimit === 0,
    },
    {
      cells: [
        `HTML pages over ${bytes(pageLimit)} gzip`,
        `${count(site.dist.overLimit)} of ${count(site.dist.pages)}`,
        `${count(baseline.dist.overLimit)} of ${count(baseline.dist.pages)}`,
        'none',
      ],
      met: site.dist.overLimit === 0,
    },
    ...listFilterRows(site.dist.firstFilter),
    {
      cells: ["comparison's list of cases (gzip), fetched on first use", bytes(site.dist.pickerGzipBytes), '—', ''],
    },
    { cells: ['search index: word chunks · result texts', searchIndex(site.dist), searchIndex(baseline.dist), ''] },
  ];
  printTable(`N = ${count(n)} synthetic cases`, ['', 'this site', 'baseline', 'target'], rows);
}

/** What the list's heaviest first filter fetches: its index, then the files of the cards shown. */
function listFilterRows(first: FirstFilter | undefined): Row[] {
  if (!first) return [];
  return [
    { cells: ["list's index (gzip), fetched on a first filter", bytes(first.indexGzipBytes), '—', ''] },
    {
      cells: [
        `  then its first cards, heaviest (${first.query})`,
        `${bytes(first.cardsGzipBytes)} in ${count(first.cardFiles)} files`,
        '—',
        '',
      ],
    },
  ];
}

/** Prints the growth of build time from N to 3N for each such pair measured. */
export function printGrowth(results: Map<number, { site: Measured; baseline: Measured }>): void {
  const rows: Row[] = [];
  for (const [n, small] of results) {
    const large = results.get(n * 3);
    if (!large) continue;
    const growth = large.site.cost.seconds / small.site.cost.seconds;
    const baselineGrowth = large.baseline.cost.seconds / small.baseline.cost.seconds;
    rows.push({
      cells: [`${count(n)} → ${count(n * 3)} cases`, ratio(growth), ratio(baselineGrowth), '≤ 3.10×'],
      met: growth <= 3.1,
    });
  }
  if (rows.length === 0) rows.push({ cells: ['(needs N and 3N among the sizes, e.g. 1000 and 3000)', '', '', ''] });
  printTable('Growth of the whole build from N to 3N', ['', 'this site', 'baseline', 'target'], rows);
}

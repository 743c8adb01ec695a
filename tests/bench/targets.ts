// The performance targets of issue 27, each beside its figure and the baseline's from the same
// run. A target holds at the numbers of cases it names: a figure at another number is printed for
// what it shows, unmarked, and a named number this run did not build is said to be unmeasured.
import { budgets } from '../../.ci/size-budgets.ts';
import { bytes, count, ratio, seconds, type Row } from './report.ts';
import type { Measured } from './scale.ts';

const KB = 1024;
const GB = 1024 ** 3;

export const targets = {
  /** A cold build as a deploy makes it, with the share images restored from its cache. */
  imagesKept: { limit: 1.3, sizes: [1000, 3000, 14000] },
  /** A build without any cache. */
  cold: { limit: 2.0, sizes: [1000, 3000, 14000] },
  /** After one story's edit, against the baseline's build of the same commit (a full build: it has no incremental one). */
  rebuild: { limit: 0.5, sizes: [14000] },
  /** The whole process tree, Pagefind included: the national directory on an 8 GB CI runner. */
  peakBytes: { limit: 6 * GB, sizes: [14000] },
  /** A cold first search, as a host that gzips text sends it: no more than the baseline's index. */
  search: { limit: 1.0, sizes: [14000] },
  firstResultMs: 300,
  /** No HTML page over this, gzipped, at any number of cases. */
  pageGzipBytes: budgets.page,
  /** What the two pages most readers open first may load (issue 9), gzipped; whole KB, printed so. */
  pageLoad: {
    case: { jsBytes: 5 * KB, totalBytes: 100 * KB },
    home: { jsBytes: 0, totalBytes: 60 * KB },
  },
  /** Lighthouse mobile: every page type scores this in each of these categories. */
  lighthouse: { score: 100, categories: ['performance', 'accessibility', 'best-practices', 'seo'] },
} as const;

/**
 * The load target of a page of the real content, as printed, and whether its weight meets it:
 * no text and no mark for a page without one.
 */
export function loadTarget(page: string, weight: { js: number; total: number }): { text: string; met?: boolean } {
  const limit = page === 'case' || page === 'home' ? targets.pageLoad[page] : undefined;
  if (!limit) return { text: '' };
  const js = limit.jsBytes === 0 ? 'no JS' : `JS ≤ ${limit.jsBytes / KB} KB`;
  return {
    text: `${js}, all ≤ ${limit.totalBytes / KB} KB`,
    met: weight.js <= limit.jsBytes && weight.total <= limit.totalBytes,
  };
}

/** One number of cases, as the targets read it. */
export interface SizeFigures {
  /** The site's builds, in seconds: cold with the share images kept, fully cold, after one story's edit. */
  imagesKept: number;
  cold: number;
  rebuild: number;
  baselineCold: number;
  baselineRebuild: number;
  /** The highest peak of the site's builds, and of the baseline's. */
  peakBytes: number;
  baselinePeakBytes: number;
  /** The site's largest HTML page, gzipped. */
  largestPage: number;
}

export interface RunFigures {
  sizes: ReadonlyMap<number, SizeFigures>;
  /** The cold first search, at the number of cases it was made at. */
  search?: { n: number; sentBytes: number; baselineSentBytes: number; firstResultMs: number };
  /** The real content: its largest HTML page, gzipped, and the lowest Lighthouse score of any page type. */
  real?: { largestPage: number; lowestScore: number; lowestWhere: string };
}

/** The figures the targets read, from what the bench measured at one number of cases. */
export function sizeFigures({ site, baseline }: Measured): SizeFigures {
  return {
    imagesKept: site.imagesKept.seconds,
    cold: site.cold.seconds,
    rebuild: site.rebuild.seconds,
    baselineCold: baseline.cold.seconds,
    baselineRebuild: baseline.rebuild.seconds,
    peakBytes: Math.max(site.cold.peakBytes, site.imagesKept.peakBytes, site.rebuild.peakBytes),
    baselinePeakBytes: Math.max(baseline.cold.peakBytes, baseline.rebuild.peakBytes),
    largestPage: site.dist.largest.gzipBytes,
  };
}

const notMeasured = 'not measured this run';

/**
 * One row per number of cases, measured or named by the target: `figure` gives the cells of a
 * measured one (this site, baseline, ratio) and the value the limit bounds.
 */
function perSize<T>(
  label: string,
  sizes: ReadonlyMap<number, T>,
  target: { limit: number; sizes: readonly number[] },
  limitText: string,
  figure: (f: T) => { cells: [string, string, string]; value: number },
): Row[] {
  const all = [...new Set([...sizes.keys(), ...target.sizes])].sort((a, b) => a - b);
  return all.map((n) => {
    const named = target.sizes.includes(n);
    const measured = sizes.get(n);
    if (!measured) return { cells: [label, count(n), notMeasured, '', '', limitText] };
    const { cells, value } = figure(measured);
    return {
      cells: [label, count(n), ...cells, named ? limitText : '(not a target size)'],
      met: named ? value <= target.limit : undefined,
    };
  });
}

/** The rows of the summary: each target, its figure, the baseline's and their ratio. */
export function targetRows({ sizes, search, real }: RunFigures): Row[] {
  const timed = (mine: number, theirs: number) => ({
    cells: [seconds(mine), seconds(theirs), ratio(mine / theirs)] as [string, string, string],
    value: mine / theirs,
  });
  const rows: Row[] = [
    ...perSize(
      'cold build, share images restored',
      sizes,
      targets.imagesKept,
      `≤ ${ratio(targets.imagesKept.limit)}`,
      (f) => timed(f.imagesKept, f.baselineCold),
    ),
    ...perSize('fully cold build', sizes, targets.cold, `≤ ${ratio(targets.cold.limit)}`, (f) => {
      const images = f.cold - f.imagesKept;
      const { cells, value } = timed(f.cold, f.baselineCold);
      cells[0] += `, images ${seconds(images)} (${Math.round((images / f.cold) * 100)}%)`;
      return { cells, value };
    }),
    ...perSize(
      "rebuild after one story's edit",
      sizes,
      targets.rebuild,
      `≤ ${ratio(targets.rebuild.limit)} baseline's build`,
      (f) => timed(f.rebuild, f.baselineRebuild),
    ),
    ...perSize('peak memory, all processes', sizes, targets.peakBytes, `≤ ${bytes(targets.peakBytes.limit)}`, (f) => ({
      cells: [bytes(f.peakBytes), bytes(f.baselinePeakBytes), ratio(f.peakBytes / f.baselinePeakBytes)],
      value: f.peakBytes,
    })),
  ];
  const searched = new Map(search ? [[search.n, search]] : []);
  rows.push(
    ...perSize('cold first search, bytes sent', searched, targets.search, '≤ the baseline', (s) => ({
      cells: [bytes(s.sentBytes), bytes(s.baselineSentBytes), ratio(s.sentBytes / s.baselineSentBytes)],
      value: s.sentBytes / s.baselineSentBytes,
    })),
  );
  if (search) {
    rows.push({
      cells: [
        'first search: last keystroke to first result',
        count(search.n),
        `${Math.round(search.firstResultMs)} ms`,
        '',
        '',
        `≤ ${targets.firstResultMs} ms`,
      ],
      met: search.firstResultMs <= targets.firstResultMs,
    });
  }
  // No page over the budget at any size: the heaviest of all the builds measured.
  const heaviest = [...sizes].map(([n, f]) => ({ where: `N = ${count(n)}`, gzip: f.largestPage }));
  if (real) heaviest.push({ where: 'real content', gzip: real.largestPage });
  if (heaviest.length > 0) {
    const top = heaviest.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    rows.push({
      cells: [
        'largest HTML page, gzip, any size',
        top.where,
        bytes(top.gzip),
        '',
        '',
        `≤ ${bytes(targets.pageGzipBytes)}`,
      ],
      met: top.gzip <= targets.pageGzipBytes,
    });
  }
  if (real) {
    rows.push({
      cells: [
        `Lighthouse mobile, lowest of ${targets.lighthouse.categories.length} categories × page types`,
        'real content',
        `${real.lowestScore} (${real.lowestWhere})`,
        '',
        '',
        `${targets.lighthouse.score}`,
      ],
      met: real.lowestScore === targets.lighthouse.score,
    });
  }
  return rows;
}

export const targetHeader = ['target', 'cases', 'this site', 'baseline', 'ratio', 'limit'];

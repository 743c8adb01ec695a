import { toBounds } from './growth';
import type { Sentra } from './sentra-types';

/** Headline totals across the success stories, computed at build time. */
export interface Totals {
  /** Success stories counted; lessons never are. */
  cases: number;
  /** Lessons left out of every other total. */
  lessons: number;
  /** IKM units summed as a range, over the stories that give a count. */
  ikmUnits: [number, number];
  /** Stories that give no IKM count, so the reader knows the sum leaves them out. */
  ikmUnknown: number;
  provinces: number;
  /** Workers after development, summed as a range, from the metrics counted in people. */
  workersAfter: [number, number] | undefined;
}

function add(sum: [number, number] | undefined, value: number | readonly [number, number]): [number, number] {
  const [min, max] = toBounds(value);
  return sum ? [sum[0] + min, sum[1] + max] : [min, max];
}

/** Adds up the success stories: ranges add end to end, so a total stays a range. */
export function computeTotals(all: readonly Sentra[], provinceOf: (data: Sentra) => string): Totals {
  const cases = all.filter((data) => data.kind !== 'pelajaran');
  let workers: [number, number] | undefined;
  let ikmUnits: [number, number] = [0, 0];
  for (const data of cases) {
    const metric = data.metrics.find((candidate) => candidate.after?.unit === 'orang');
    if (metric?.after) workers = add(workers, metric.after.value);
    if (data.ikmUnits) ikmUnits = add(ikmUnits, data.ikmUnits.value);
  }
  return {
    cases: cases.length,
    lessons: all.length - cases.length,
    ikmUnits,
    ikmUnknown: cases.filter((data) => !data.ikmUnits).length,
    provinces: new Set(cases.map(provinceOf)).size,
    workersAfter: workers,
  };
}

import { toBounds } from './growth';
import type { Sentra } from './sentra-types';

/** Headline totals across every case, computed at build time. */
export interface Totals {
  cases: number;
  ikmUnits: number;
  provinces: number;
  /** Workers after development, summed as a range, from the metrics counted in people. */
  workersAfter: [number, number] | undefined;
}

/** Adds up the cases: ranges add end to end, so the total stays a range. */
export function computeTotals(cases: readonly Sentra[], provinceOf: (data: Sentra) => string): Totals {
  let workers: [number, number] | undefined;
  for (const data of cases) {
    const metric = data.metrics.find((candidate) => candidate.after.unit === 'orang');
    if (!metric) continue;
    const [min, max] = toBounds(metric.after.value);
    workers = workers ? [workers[0] + min, workers[1] + max] : [min, max];
  }
  return {
    cases: cases.length,
    ikmUnits: cases.reduce((sum, data) => sum + data.ikmUnits.value, 0),
    provinces: new Set(cases.map(provinceOf)).size,
    workersAfter: workers,
  };
}

import { toBounds } from '../case/growth';
import type { Sentra, SentraMetric } from '../case/sentra-types';
import type { FundingScheme } from '../vocabulary/funding-schemes';
import { isSuccessStory } from '../vocabulary/case-kinds';

type Range = [number, number];

/** Money by funding scheme, over the stories that give an amount; the rest are counted apart. */
export interface SchemeTotal {
  scheme: FundingScheme;
  amount: Range | undefined;
  /** Funding entries with an amount, and without one. */
  counted: number;
  unknown: number;
}

/** Headline totals across the success stories, computed at build time. */
export interface Totals {
  /** Success stories counted; lessons never are. */
  cases: number;
  /** Lessons left out of every other total. */
  lessons: number;
  /** IKM units summed as a range, over the stories that give a count. */
  ikmUnits: Range;
  /** Stories that give no IKM count, so the reader knows the sum leaves them out. */
  ikmUnknown: number;
  provinces: number;
  /**
   * Workers before and after, summed over the stories that give both: a story with only an
   * after figure would make the change look larger than it is, so it is left out and counted.
   */
  workers: { before: Range; after: Range; counted: number; leftOut: number } | undefined;
  funding: SchemeTotal[];
}

function add(sum: Range | undefined, value: number | readonly [number, number]): Range {
  const [min, max] = toBounds(value);
  return sum ? [sum[0] + min, sum[1] + max] : [min, max];
}

/** The metric that counts a story's workers, where it has one. */
function workersOf(data: Sentra): SentraMetric | undefined {
  return data.metrics.find(
    (metric) =>
      (metric.after?.unit ?? metric.series?.[0]?.unit) === 'orang' &&
      /tenaga|pekerja/i.test(`${metric.id} ${metric.label}`),
  );
}

function fundingTotals(cases: readonly Sentra[]): SchemeTotal[] {
  const byScheme = new Map<FundingScheme, SchemeTotal>();
  for (const funding of cases.flatMap((data) => data.funding)) {
    const total = byScheme.get(funding.scheme) ?? { scheme: funding.scheme, amount: undefined, counted: 0, unknown: 0 };
    if (funding.amount?.unit === 'rupiah') {
      total.amount = add(total.amount, funding.amount.value);
      total.counted++;
    } else total.unknown++;
    byScheme.set(funding.scheme, total);
  }
  return [...byScheme.values()];
}

/** Adds up the success stories: ranges add end to end, so a total stays a range. */
export function computeTotals(all: readonly Sentra[], provinceOf: (data: Sentra) => string): Totals {
  const cases = all.filter((data) => isSuccessStory(data.kind));
  let before: Range | undefined;
  let after: Range | undefined;
  let counted = 0;
  let ikmUnits: Range = [0, 0];
  for (const data of cases) {
    const metric = workersOf(data);
    if (metric?.before && metric.after) {
      before = add(before, metric.before.value);
      after = add(after, metric.after.value);
      counted++;
    }
    if (data.ikmUnits) ikmUnits = add(ikmUnits, data.ikmUnits.value);
  }
  return {
    cases: cases.length,
    lessons: all.length - cases.length,
    ikmUnits,
    ikmUnknown: cases.filter((data) => !data.ikmUnits).length,
    provinces: new Set(cases.map(provinceOf)).size,
    workers: before && after ? { before, after, counted, leftOut: cases.length - counted } : undefined,
    funding: fundingTotals(cases),
  };
}

import { toBounds } from '../case/growth';
import type { Sentra, SentraMetric } from '../case/sentra-types';
import { isDak, type FundingScheme } from '../../vocabulary/funding-schemes';
import { isSuccessStory } from '../../vocabulary/case-kinds';

type Range = [number, number];

/** Money by funding scheme, over the stories that give an amount; the rest are counted apart. */
export interface SchemeTotal {
  scheme: FundingScheme;
  amount: Range | undefined;
  /** Funding entries with an amount, and without one. */
  counted: number;
  unknown: number;
}

/**
 * DAK Fisik summed apart from every other money: only amounts whose scheme the sources name as DAK
 * Fisik Bidang IKM. Other DAK lines (Nonfisik, Penugasan, DAK without its line) are each summed
 * under their own scheme, never into DAK Fisik, and said so.
 */
export interface DakTotal {
  /** DAK Fisik Bidang IKM, summed from the amounts the sources give under that scheme. */
  fisik: SchemeTotal | undefined;
  /** The other DAK lines, each as named. */
  otherLines: SchemeTotal[];
}

/** Headline totals across the success stories, computed at build time. */
export interface Totals {
  /** Success stories counted; lessons and early-stage entries never are. */
  cases: number;
  /** Lessons and early-stage entries, left out of every other total. */
  lessons: number;
  earlyStage: number;
  /** IKM units summed as a range, over the stories that give a count. */
  ikmUnits: Range;
  /** Stories that give no IKM count, so the reader knows the sum leaves them out. */
  ikmUnknown: number;
  /** Provinces the stories name, every place of each counted. */
  provinces: number;
  /**
   * Workers before and after, summed over the stories that give both: a story with only an
   * after figure would make the change look larger than it is, so it is left out and counted.
   */
  workers: { before: Range; after: Range; counted: number; leftOut: number } | undefined;
  /** DAK apart from other money. */
  dak: DakTotal;
  /** Money from outside DAK, by scheme: only schemes the sources name as other money. */
  otherMoney: SchemeTotal[];
  /** Money whose scheme the sources do not give (or give only as "Kemenperin"): it may be DAK or not. */
  unknownScheme: SchemeTotal[];
}

/** Schemes that do not say whether the money was DAK: never counted as money outside DAK. */
const unstatedSchemes: readonly FundingScheme[] = ['tidak-disebut', 'kemenperin-tidak-disebut'];

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
    // Only a sum of rupiah: an amount per year or per unit is not money spent once.
    if (funding.amount?.unit === 'rupiah') {
      total.amount = add(total.amount, funding.amount.value);
      total.counted++;
    } else total.unknown++;
    byScheme.set(funding.scheme, total);
  }
  return [...byScheme.values()];
}

/** Adds up the success stories: ranges add end to end, so a total stays a range. */
export function computeTotals(all: readonly Sentra[]): Totals {
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
  const funding = fundingTotals(cases);
  const dakLines = funding.filter((total) => isDak(total.scheme));
  return {
    cases: cases.length,
    lessons: all.filter((data) => data.kind === 'pelajaran').length,
    earlyStage: all.filter((data) => data.kind === 'tahap-awal').length,
    ikmUnits,
    ikmUnknown: cases.filter((data) => !data.ikmUnits).length,
    provinces: new Set(cases.flatMap((data) => data.provinces.map((province) => province.code))).size,
    workers: before && after ? { before, after, counted, leftOut: cases.length - counted } : undefined,
    dak: {
      fisik: dakLines.find((total) => total.scheme === 'dak-fisik-ikm'),
      otherLines: dakLines.filter((total) => total.scheme !== 'dak-fisik-ikm'),
    },
    otherMoney: funding.filter((total) => !isDak(total.scheme) && !unstatedSchemes.includes(total.scheme)),
    unknownScheme: funding.filter((total) => unstatedSchemes.includes(total.scheme)),
  };
}

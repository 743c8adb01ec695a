import { belowPlan } from '../case/plan-mark';
import { evidenceOf, type EvidenceLevel } from '../case/evidence';
import { computeChange, formatChange, toBounds } from '../case/growth';
import { measureOf, type Measure } from '../case/figure-kind';
import { changeEnds, figureEnds } from '../case/metric-rows';
import type { Sentra, SentraFunding, SentraMetric, SentraQuantity } from '../case/sentra-types';
import { datedStatus } from '../case/status-age';
import { formatDate } from '../../format/date-format';
import { formatNumberRange } from '../../format/number-format';
import { formatAmount } from '../case/quantity-format';
import type { CaseKind } from '../../vocabulary/case-kinds';
import { fundingSchemes } from '../../vocabulary/funding-schemes';

/** What a card says of a case, the same on every list, in the finder's JSON cards and in the compare picker. */
export interface CardFacts {
  kind: CaseKind;
  /** The mark above the title of an entry that is not a success story, in words. */
  mark: string | undefined;
  /** One line per funding entry: "DAK Fisik Bidang IKM 2023 · Rp14,7 miliar". */
  funding: string[];
  /** "25–43 IKM", or undefined where no source counts them. */
  ikm: string | undefined;
  /** The headline result in words and figures, or "belum ada angka hasil". */
  result: string;
  /** The sources of the headline result, by id, for the card's citation links. */
  resultSources: string[];
  /** "Beroperasi · per April 2025", with "— mungkin sudah berubah" when old at the build's month. */
  status: string;
  stale: boolean;
  /** "di bawah rencana: 10% tercapai", where a figure fell below half its plan. */
  plan: string | undefined;
  /** "Bukti: sedang ●●○" */
  evidence: string;
  evidenceLevel: EvidenceLevel;
}

export const earlyStageMark = 'Tahap awal: belum ada hasil yang dilaporkan';
const lessonMark = 'Pelajaran';
export const noResult = 'belum ada angka hasil';
export const noAmount = 'tanpa angka';

/** Budget years as a reader reads them: "2023", "2022–2023" for a run of years, "2019, 2022" otherwise. */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = sorted.length > 1 && last - first === sorted.length - 1;
  return consecutive ? `${first}–${last}` : sorted.join(', ');
}

/** The amount of one funding entry: its range, both reports where the sources differ, or "tanpa angka". */
function amountText(amount: SentraQuantity | undefined): string {
  if (!amount) return noAmount;
  if (amount.reports) {
    return `${amount.reports.map((report) => formatAmount(report.value, amount.unit)).join(' atau ')} (sumber berbeda)`;
  }
  return formatAmount(amount.value, amount.unit);
}

/** One funding entry as a card line: the scheme as named, its budget years and its amount. */
export function fundingLine(funding: Pick<SentraFunding, 'scheme' | 'years' | 'amount'>): string {
  const scheme = [fundingSchemes.labels[funding.scheme].id, funding.years && formatYears(funding.years)]
    .filter(Boolean)
    .join(' ');
  return `${scheme} · ${amountText(funding.amount)}`;
}

// Shorter than the case page's words (figure-kind.ts): a card gives its result on one line.
const measureWords: Record<Measure, string | undefined> = {
  jumlah: undefined,
  'rata-rata': 'rata-rata',
  puncak: 'puncak',
  sebagian: 'sebagian periode',
  kapasitas: 'kapasitas',
};

/** The date a figure refers to, where known: a series point's date or the quantity's year. */
function dateOf(metric: SentraMetric, quantity: SentraQuantity): string | undefined {
  const point = metric.series?.find((candidate) => candidate === quantity);
  if (point) return formatDate(point.date);
  return quantity.year === undefined ? undefined : String(quantity.year);
}

/** The headline result: the first metric, as a change where its ends compare, else its latest figure. */
export function resultOf(metric: SentraMetric | undefined): { text: string; sources: string[] } {
  if (!metric) return { text: noResult, sources: [] };
  // The last figure whether or not it compares with the first: a series has no `after`.
  const last = figureEnds(metric)?.[1] ?? metric.after;
  if (!last) return { text: noResult, sources: [] };
  const owner = metric.scope === 'satu-usaha' ? ' (satu usaha)' : metric.scope === 'klaster' ? ' (klaster)' : '';
  const describe = (quantity: SentraQuantity) => {
    const measure = measureWords[measureOf(quantity)];
    const date = dateOf(metric, quantity);
    const notes = [measure, date].filter(Boolean).join(', ');
    return `${formatAmount(quantity.value, quantity.unit)}${notes ? ` (${notes})` : ''}`;
  };
  const ends = changeEnds(metric);
  if (ends) {
    const [first] = ends;
    const change = computeChange(first.value, last.value, metric.better);
    const text = `${metric.label}${owner}: ${describe(first)} → ${describe(last)}${change ? `, ${formatChange(change)}` : ''}`;
    return { text, sources: [...new Set([...first.sources, ...last.sources])] };
  }
  return { text: `${metric.label}${owner}: ${describe(last)}`, sources: [...last.sources] };
}

/** The mark of a kind that is not a success story; a success story carries none. */
export function markOf(kind: CaseKind): string | undefined {
  return kind === 'pelajaran' ? lessonMark : kind === 'tahap-awal' ? earlyStageMark : undefined;
}

/**
 * Everything a card shows of a case besides its title, place and sector, worked out once for the
 * server's cards and the finder's JSON cards alike. Dated marks are judged at `buildMonth` (YYYY-MM).
 */
export function cardFactsOf(data: Sentra, buildMonth: string): CardFacts {
  const status = datedStatus(data.status, buildMonth);
  const evidence = evidenceOf(data, buildMonth);
  // An early-stage entry has no result by definition: it never shows a figure as its result.
  const result = data.kind === 'tahap-awal' ? { text: noResult, sources: [] } : resultOf(data.metrics[0]);
  const plan = data.metrics.map(belowPlan).find(Boolean);
  return {
    kind: data.kind,
    mark: markOf(data.kind),
    funding: data.funding.map(fundingLine),
    ikm: data.ikmUnits && `${formatNumberRange(...toBounds(data.ikmUnits.value))} IKM`,
    result: result.text,
    resultSources: result.sources,
    status: status.text,
    stale: status.stale,
    plan: plan?.text,
    evidence: `${evidence.label} ${evidence.symbol}`,
    evidenceLevel: evidence.level,
  };
}

import { summarizeMetric } from '../case/case-facts';
import { findCitations, stripCitations } from '../../format/cited-text';
import { formatDate } from '../../format/date-format';
import { toBounds } from '../case/growth';
import { fundingAmountOf } from '../case/funding-amount';
import { rowsOf, type RowRole } from '../case/metric-rows';
import { formatAmount } from '../case/quantity-format';
import type { Sentra, SentraEntry, SentraFunding, SentraMetric } from '../case/sentra-types';
import { markOf } from '../list/card-facts';
import { datedStatus } from '../case/status-age';
import { evidenceOf } from '../case/evidence';
import { citedNumbers, numberSources } from '../case/source-numbers';
import { fundingSchemes } from '../../vocabulary/funding-schemes';
import { units, type Unit } from '../../vocabulary/units';

/** One figure of a metric: its words for the reader, its bounds for the bar, its source numbers. */
export interface CompareFigure {
  role: RowRole;
  /** `Sebelum`, `Rencana`, `Sesudah`, or the date of a point of a series. */
  label: string;
  text: string;
  wording?: string;
  min: number;
  max: number;
  sources: number[];
}

/** One metric of a case, ready to be set beside another case's. */
export interface CompareMetric {
  id: string;
  label: string;
  unit: Unit;
  unitLabel: string;
  figures: CompareFigure[];
  /** The change from the first to the last figure, as the case page writes it: `×5–×10`. */
  change?: string;
  attainment?: string;
}

/** One stream of money: scheme, funder, years, amounts and what became of it. */
export interface CompareFunding {
  heading: string;
  amount?: string;
  realised?: string;
  note?: string;
  sources: number[];
}

/**
 * One case as the comparison reads it. Every text is written at build time from the case file
 * with the site's own formatters, so the browser script only chooses, scales and lays it out.
 */
export interface CompareCase {
  slug: string;
  title: string;
  lesson: boolean;
  /** The mark of an entry that is not a success story, in words, or undefined. */
  mark?: string;
  place: string;
  province: string;
  sector: string;
  sectorGroup?: string;
  ikm?: { text: string; sources: number[] };
  funding: CompareFunding[];
  /**
   * All the money the sources give, divided by the number of IKM: derived, never typed, ranges
   * kept. Money per IKM served, never a cost per job created.
   */
  moneyPerIkm?: string;
  metrics: CompareMetric[];
  /** The status with the month of its report, marked when old at the build's month, and the evidence's strength. */
  status: { text: string; evidence: string; sources: number[] };
  managingBody: { name: string; sources: number[] };
  timeline: { date: string; text: string; sources: number[] }[];
}

function toFunding(item: SentraFunding, cite: (ids: readonly string[]) => number[]): CompareFunding {
  const years = item.years ? `tahun anggaran ${item.years.join(', ')}` : 'tahun tidak disebut sumber';
  const disputed = item.amount?.reports ? ', dari laporan yang berbeda' : '';
  return {
    heading: [fundingSchemes.labels[item.scheme].id, item.funder, years].filter(Boolean).join(', '),
    amount: item.amount && `${formatAmount(item.amount.value, item.amount.unit)}${disputed}`,
    realised: item.realised && formatAmount(item.realised.value, item.realised.unit),
    note: item.note && stripCitations(item.note),
    sources: cite([
      ...item.sources,
      ...(item.amount?.sources ?? []),
      ...(item.realised?.sources ?? []),
      ...findCitations(item.note ?? ''),
    ]),
  };
}

function toMetric(metric: SentraMetric, cite: (ids: readonly string[]) => number[]): CompareMetric {
  const rows = rowsOf(metric);
  const unit = rows[0]?.quantity.unit ?? 'orang';
  const { change, attainment } = summarizeMetric(metric);
  return {
    id: metric.id,
    label: metric.label,
    unit,
    unitLabel: units.labels[unit].id,
    figures: rows.map(({ role, label, quantity }) => {
      const [min, max] = toBounds(quantity.value);
      const text = formatAmount(quantity.value, quantity.unit);
      return { role, label, text, wording: quantity.wording, min, max, sources: cite(quantity.sources) };
    }),
    change,
    attainment,
  };
}

/** Money per IKM served, as a range where either figure is one; undefined without both figures. */
export function moneyPerIkmOf(data: Pick<Sentra, 'funding' | 'ikmUnits'>): string | undefined {
  const money = fundingAmountOf(data.funding);
  if (!money || !data.ikmUnits) return undefined;
  const [low, high] = money;
  const [fewest, most] = toBounds(data.ikmUnits.value);
  // Three significant digits, rounded outward, so the range still holds the exact quotient.
  const round = (value: number, direction: 'floor' | 'ceil') => {
    const step = 10 ** (Math.floor(Math.log10(value)) - 2);
    return Math[direction](value / step) * step;
  };
  return formatAmount([round(low / most, 'floor'), round(high / fewest, 'ceil')], 'rupiah');
}

/** The facts of one case that the comparison sets side by side, all taken from its file. */
export function toCompareCase(entry: SentraEntry, buildMonth: string): CompareCase {
  const { data } = entry;
  const numbers = numberSources(data.sources);
  const cite = (ids: readonly string[]) => citedNumbers(ids, numbers);
  const evidence = evidenceOf(data, buildMonth);
  return {
    slug: entry.id,
    title: data.title,
    lesson: data.kind === 'pelajaran',
    mark: data.kind === 'pelajaran' ? 'Pelajaran, bukan kisah sukses' : markOf(data.kind),
    place: data.place.text,
    province: data.place.province.name,
    sector: data.labels.sector,
    sectorGroup: data.labels.sectorGroup,
    ikm: data.ikmUnits && {
      text: formatAmount(data.ikmUnits.value, 'unit-usaha'),
      sources: cite(data.ikmUnits.sources),
    },
    funding: data.funding.map((item) => toFunding(item, cite)),
    moneyPerIkm: moneyPerIkmOf(data),
    metrics: data.metrics.map((metric) => toMetric(metric, cite)),
    status: {
      text: datedStatus(data.status, buildMonth).text,
      evidence: `${evidence.label} ${evidence.symbol}`,
      sources: cite(data.status.sources),
    },
    managingBody: { name: data.managingBody.name, sources: cite(data.managingBody.sources) },
    timeline: data.timeline.map((event) => ({
      date: formatDate(event.date),
      text: stripCitations(event.text),
      sources: cite([...event.sources, ...findCitations(event.text)]),
    })),
  };
}

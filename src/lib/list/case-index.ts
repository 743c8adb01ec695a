import { cardFactsOf } from './card-facts';
import { facetValuesOf } from './facets';
import type { IndexRecord } from './case-query';
import { computeGrowth, toBounds } from '../case/growth';
import { cacheKeyOf } from '../../format/cache-key';
import { packCards, type PackedCards } from './list-index';
import { changeEnds } from '../case/metric-rows';
import type { Sentra, SentraEntry, SentraMetric } from '../case/sentra-types';
import { firstCitedNumber, numberSources } from '../case/source-numbers';
import { isMoneyUnit } from '../../vocabulary/units';
import { fundingAmountOf } from '../case/funding-amount';

/** Size classes by number of IKM, as officials group sentra; a case with no count has none. */
const sizeClasses = [
  { label: 'Kurang dari 10 IKM', max: 9 },
  { label: '10–49 IKM', max: 49 },
  { label: '50–99 IKM', max: 99 },
  { label: '100 IKM atau lebih', max: Infinity },
] as const;

function sizeOf(data: Sentra): string[] {
  if (!data.ikmUnits) return [];
  // A range such as 25–43 IKM belongs to every class it spans.
  const [low, high] = toBounds(data.ikmUnits.value);
  return sizeClasses
    .filter((size, index) => low <= size.max && high > (sizeClasses[index - 1]?.max ?? 0))
    .map((size) => size.label);
}

/** Classes of the money the sources give a case, all schemes together, as the list filters it. */
const amountClasses = [
  { label: 'Kurang dari Rp1 miliar', max: 1e9 },
  { label: 'Rp1–5 miliar', max: 5e9 },
  { label: 'Rp5–10 miliar', max: 1e10 },
  { label: 'Rp10 miliar atau lebih', max: Infinity },
] as const;
const noAmountClass = 'Tanpa angka dana';

function amountClassOf(data: Sentra): string[] {
  const amount = fundingAmountOf(data.funding);
  if (!amount) return [noAmountClass];
  // A range such as Rp4–14 miliar belongs to every class it spans.
  return amountClasses
    .filter((size, index) => amount[0] < size.max && amount[1] >= (amountClasses[index - 1]?.max ?? 0))
    .map((size) => size.label);
}

const evidenceRank = { lemah: 0, sedang: 1, kuat: 2 } as const;
const evidenceWords = { lemah: 'Lemah', sedang: 'Sedang', kuat: 'Kuat' } as const;

/** The lower bound of a metric's growth from its first to its last figure, where it has both. */
function growthOf(metric: SentraMetric | undefined): number | null {
  const ends = metric && changeEnds(metric);
  if (!ends || metric.better === 'lower') return null;
  const growth = computeGrowth(ends[0].value, ends[1].value)?.min;
  // Three decimals order the cases as well as seventeen, and the index a phone fetches for the
  // list's filters carries two of these numbers per case: a seventh of its bytes at full length.
  return growth === undefined ? null : Math.round(growth * 1000) / 1000;
}

const isTurnover = (metric: SentraMetric) =>
  /omzet|pendapatan|penjualan/i.test(`${metric.id} ${metric.label}`) &&
  isMoneyUnit(changeEnds(metric)?.[1].unit ?? 'orang');
const isJobs = (metric: SentraMetric) =>
  /tenaga-kerja|pekerja/i.test(`${metric.id} ${metric.label}`) && changeEnds(metric)?.[1].unit === 'orang';

/**
 * One case as the list's index holds it, at `position` in the index (which is in title order); its
 * card's facts are the server's cards' (cardFactsOf), judged at `buildMonth`.
 */
export function indexRecordOf(entry: SentraEntry, position: number, buildMonth: string): IndexRecord {
  const { data } = entry;
  const { labels } = data;
  const card = cardFactsOf(data, buildMonth);
  // The lowest-numbered source of the result, as the server's card lists its links first.
  const number = firstCitedNumber(card.resultSources, numberSources(data.sources));
  const years = [...new Set(data.funding.flatMap((funding) => funding.years ?? []))].sort((a, b) => b - a);
  const amount = fundingAmountOf(data.funding);
  const values = facetValuesOf(entry);
  return {
    position,
    slug: entry.id,
    title: data.title,
    sector: labels.sector,
    place: data.place.regencyText,
    kind: data.kind,
    mark: card.mark ?? null,
    funding: card.funding,
    ikm: card.ikm ?? null,
    result: card.result,
    resultSource: number ?? null,
    status: card.plan ? `${card.status}; ${card.plan}` : card.status,
    evidence: card.evidence,
    facets: {
      // The facets that have filter pages too take their values from those pages' function.
      dak: values.dak,
      provinsi: values.provinsi,
      kelompok: values.kelompok,
      pendanaan: values.pendanaan,
      dana: amountClassOf(data),
      tahun: years.map(String),
      status: values.status,
      per: [data.status.asOf.slice(0, 4)],
      bukti: [evidenceWords[card.evidenceLevel]],
      ukuran: sizeOf(data),
    },
    turnoverGrowth: growthOf(data.metrics.find(isTurnover)),
    jobsGrowth: growthOf(data.metrics.find(isJobs)),
    asOf: data.status.asOf,
    amount: amount ? amount[0] : null,
    budgetYear: years[0] ?? null,
    evidenceRank: evidenceRank[card.evidenceLevel],
  };
}

/** A file of the list's cards and the name it is published under. */
export interface CardFile {
  name: string;
  cards: PackedCards;
}

/**
 * The list's cards in files, each named by a hash of what it holds: a browser or a host that keeps
 * an old file can never show it beside a newer index, and an unchanged file keeps its name.
 */
export function cardFilesOf(records: readonly IndexRecord[]): CardFile[] {
  return packCards(records).map((cards) => ({ name: cacheKeyOf(JSON.stringify(cards)).slice(0, 12), cards }));
}

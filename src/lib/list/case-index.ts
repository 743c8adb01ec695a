import type { AreaIndex } from '../place/area';
import { describeCase, headlineOf } from '../case/case-facts';
import type { IndexRecord } from './case-query';
import { computeGrowth, toBounds } from '../case/growth';
import { cacheKeyOf } from '../../build/image-cache';
import { packCards, type PackedCards } from './list-index';
import { changeEnds } from '../case/metric-rows';
import type { Sentra, SentraEntry, SentraMetric } from '../case/sentra-types';
import { numberSources } from '../case/source-numbers';
import { isMoneyUnit } from '../vocabulary/units';

/** Size classes by number of IKM, as officials group sentra; a case with no count has none. */
export const sizeClasses = [
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

/** One case as the list's index holds it, at `position` in the index (which is in title order). */
export function indexRecordOf(areas: AreaIndex, entry: SentraEntry, position: number): IndexRecord {
  const { data } = entry;
  const facts = describeCase(areas, data);
  const headline = headlineOf(data);
  const firstSource = headline?.sources[0];
  const number = firstSource ? numberSources(data.sources).get(firstSource) : undefined;
  const years = data.funding.flatMap((funding) => funding.years ?? []);
  return {
    position,
    slug: entry.id,
    title: data.title,
    place: facts.regencyText,
    lesson: facts.lesson,
    facets: {
      provinsi: [facts.place.province.name],
      kelompok: facts.groupLabel ? [facts.groupLabel] : [],
      pendanaan: facts.schemeLabels,
      status: [facts.statusLabel],
      tahun: years.length > 0 ? [String(Math.min(...years))] : [],
      ukuran: sizeOf(data),
    },
    turnoverGrowth: growthOf(data.metrics.find(isTurnover)),
    jobsGrowth: growthOf(data.metrics.find(isJobs)),
    asOf: data.status.asOf,
    headline: headline
      ? `${headline.metric.label}: ${headline.text}${headline.change ? ` (${headline.change})` : ''}`
      : '',
    headlineSource: number ?? null,
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

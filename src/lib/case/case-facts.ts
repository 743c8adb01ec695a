import { formatPlace, resolvePlace, type AreaIndex, type Place } from '../place/area';
import { computeChange, formatAttainment, formatChange } from './growth';
import { changeEnds, rowsOf, shapeOf } from './metric-rows';
import { formatAmount } from '../format/quantity-format';
import type { Sentra, SentraMetric } from './sentra-types';
import { fundingSchemes } from '../vocabulary/funding-schemes';
import { groupOfSector, sectors } from '../vocabulary/sectors';
import { sectorGroups } from '../vocabulary/sector-groups';
import { statuses } from '../vocabulary/statuses';

/** The place of a case; the schema has already checked that its code resolves. */
export function placeOf(areas: AreaIndex, data: Sentra): Place {
  const place = resolvePlace(areas, data.areaCode);
  if (!place) throw new Error(`Unknown kode wilayah ${data.areaCode}`);
  return place;
}

/** The Kemenperin group a sector belongs to, as a reader sees it; undefined where not known. */
export function groupLabelOf(sector: Sentra['sector']): string | undefined {
  const group = groupOfSector(sector);
  return group ? sectorGroups.labels[group].id : undefined;
}

/** The labels a reader sees for a case's place, sector, status and funding schemes. */
export function describeCase(areas: AreaIndex, data: Sentra) {
  const place = placeOf(areas, data);
  return {
    place,
    placeText: formatPlace(place),
    regencyText: [place.regency?.name, place.province.name].filter(Boolean).join(', '),
    sectorLabel: sectors.labels[data.sector].id,
    statusLabel: statuses.labels[data.status.value].id,
    groupLabel: groupLabelOf(data.sector),
    lesson: data.kind === 'pelajaran',
    schemeLabels: [...new Set(data.funding.map((funding) => fundingSchemes.labels[funding.scheme].id))],
  };
}

/**
 * A metric's first and last figure and the change between them, written for a card or a table.
 * A series changes from its first to its last point; an after-only figure has no change, but
 * where a plan was given, the share of the plan that was reached.
 */
export function summarizeMetric(metric: SentraMetric) {
  const ends = changeEnds(metric);
  const first = ends?.[0];
  const last = ends?.[1] ?? metric.after;
  const change = ends && computeChange(ends[0].value, ends[1].value, metric.better);
  const attainment = metric.planned && metric.after && formatAttainment(metric.planned.value, metric.after.value);
  return {
    shape: shapeOf(metric),
    first: first && formatAmount(first.value, first.unit),
    last: last ? formatAmount(last.value, last.unit) : '',
    change: change ? formatChange(change) : undefined,
    attainment: attainment ?? undefined,
  };
}

/** The case's headline figure, shown on cards and in search results: its first metric. */
export function headlineOf(data: Sentra) {
  const metric = data.metrics[0];
  if (!metric) return undefined;
  const summary = summarizeMetric(metric);
  const text = summary.first ? `${summary.first} → ${summary.last}` : `${summary.last} (sesudah)`;
  return { metric, ...summary, text, sources: rowsOf(metric).flatMap((row) => row.quantity.sources) };
}

/** The text alternative of a metric's chart, read aloud in place of the bars. */
export function describeMetricChart(metric: SentraMetric): string {
  const { change, attainment } = summarizeMetric(metric);
  const rows = rowsOf(metric).map(
    (row) => `${row.label.toLowerCase()} ${formatAmount(row.quantity.value, row.quantity.unit)}`,
  );
  const changeText = change ? `, ${change.startsWith('×') ? `naik ${change}` : change}` : '';
  const attainmentText = attainment ? `, ${attainment}` : '';
  return `${metric.label}: ${rows.join(', ')}${changeText}${attainmentText}.`;
}

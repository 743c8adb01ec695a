import { formatPlace, resolvePlace, type AreaIndex, type Place } from './area';
import { computeGrowth, formatGrowth } from './growth';
import { formatAmount } from './quantity-format';
import type { Sentra, SentraMetric } from './sentra-types';
import { fundingSchemes } from './vocabulary/funding-schemes';
import { sectors } from './vocabulary/sectors';
import { statuses } from './vocabulary/statuses';

/** The place of a case; the schema has already checked that its code resolves. */
export function placeOf(areas: AreaIndex, data: Sentra): Place {
  const place = resolvePlace(areas, data.areaCode);
  if (!place) throw new Error(`Unknown kode wilayah ${data.areaCode}`);
  return place;
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
    schemeLabels: [...new Set(data.funding.map((funding) => fundingSchemes.labels[funding.scheme].id))],
  };
}

/** A metric's before, after and derived growth, written for a card or a table. */
export function summarizeMetric(metric: SentraMetric) {
  const growth = computeGrowth(metric.before.value, metric.after.value);
  return {
    before: formatAmount(metric.before.value, metric.before.unit),
    after: formatAmount(metric.after.value, metric.after.unit),
    growth: growth ? formatGrowth(growth) : undefined,
  };
}

/** The case's headline figure, shown on cards and in search results: its first metric. */
export function headlineOf(data: Sentra) {
  const metric = data.metrics[0];
  return metric && { metric, ...summarizeMetric(metric) };
}

/** The text alternative of a metric's chart, read aloud in place of the bars. */
export function describeMetricChart(metric: SentraMetric): string {
  const { before, after, growth } = summarizeMetric(metric);
  const change = growth ? `, naik ${growth}` : '';
  return `${metric.label}: sebelum ${before}, sesudah ${after}${change}.`;
}

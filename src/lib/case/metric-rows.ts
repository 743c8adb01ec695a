import { comparabilityOf } from './comparable';
import { formatDate } from '../../format/date-format';
import { periods } from './periods';
import type { SentraMetric, SentraQuantity } from './sentra-types';

/** What a row of a metric stands for: a period of a pair, a planned figure, or a dated point. */
export type RowRole = 'before' | 'planned' | 'after' | 'point';

/** One row of a metric's table and one bar of its chart. */
export interface MetricRow {
  role: RowRole;
  label: string;
  quantity: SentraQuantity;
}

/** The three shapes a metric can take; the schema allows exactly these. */
export type MetricShape = 'pair' | 'after-only' | 'series';

/** Which shape a validated metric has. */
export function shapeOf(metric: SentraMetric): MetricShape {
  if (metric.series) return 'series';
  return metric.before ? 'pair' : 'after-only';
}

const plannedLabel = 'Rencana';

/**
 * The rows of a metric in reading order: before, planned, after for a pair or an after-only
 * figure (a missing before is left out, never shown as zero); each dated point for a series.
 */
export function rowsOf(metric: SentraMetric): MetricRow[] {
  if (metric.series) {
    return metric.series.map((point) => ({ role: 'point', label: formatDate(point.date), quantity: point }));
  }
  const [before, after] = periods;
  const rows: MetricRow[] = [];
  if (metric.before) rows.push({ role: 'before', label: before.label, quantity: metric.before });
  if (metric.planned) rows.push({ role: 'planned', label: plannedLabel, quantity: metric.planned });
  if (metric.after) rows.push({ role: 'after', label: after.label, quantity: metric.after });
  return rows;
}

/** The first and last figure of a metric, where it has both: shown side by side, compared or not. */
export function figureEnds(metric: SentraMetric): [SentraQuantity, SentraQuantity] | undefined {
  const first = metric.series?.[0] ?? metric.before;
  const last = metric.series?.at(-1) ?? metric.after;
  return first && last ? [first, last] : undefined;
}

/**
 * The first and last figure a change is measured between: only where the metric has both and
 * they may be compared (`comparabilityOf`). Every derived change goes through here.
 */
export function changeEnds(metric: SentraMetric): [SentraQuantity, SentraQuantity] | undefined {
  const ends = figureEnds(metric);
  return ends && comparabilityOf(metric, ...ends).comparable ? ends : undefined;
}

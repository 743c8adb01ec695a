import { computeChange, formatAttainment, formatChange } from './growth';
import { comparabilityOf } from './comparable';
import { measureOf, measureWords, scopeWords } from './figure-kind';
import { figureEnds, rowsOf, shapeOf } from './metric-rows';
import { formatAmount } from './quantity-format';
import type { Sentra, SentraMetric, SentraQuantity } from './sentra-types';

/** A figure in words with its kind where it is not a whole amount: "50 ton/bulan (angka puncak, bukan rata-rata)". */
export function formatFigure(quantity: SentraQuantity): string {
  const words = measureWords[measureOf(quantity)];
  const amount = formatAmount(quantity.value, quantity.unit);
  return words ? `${amount} (${words})` : amount;
}

/**
 * A metric's first and last figure and the change between them, written for a card or a table.
 * A series changes from its first to its last point; an after-only figure has no change, but
 * where a plan was given, the share of the plan that was reached. Figures that may not be
 * compared (`comparabilityOf`) are both given, with the reason and no change.
 */
export function summarizeMetric(metric: SentraMetric) {
  const ends = figureEnds(metric);
  const comparability = ends && comparabilityOf(metric, ...ends);
  const first = ends?.[0];
  const last = ends?.[1] ?? metric.after;
  const change = ends && comparability?.comparable ? computeChange(ends[0].value, ends[1].value, metric.better) : null;
  const attainment = metric.planned && metric.after && formatAttainment(metric.planned.value, metric.after.value);
  return {
    shape: shapeOf(metric),
    first: first && formatFigure(first),
    last: last ? formatFigure(last) : '',
    change: change ? formatChange(change) : undefined,
    /** What kind of change it is (growth only where more is better and it rose), for its wording. */
    changeKind: change?.kind,
    /** Why no change is derived between two figures the metric has. */
    noChange: comparability && !comparability.comparable ? comparability.reason : undefined,
    /** Whose figure it is, where not the sentra's as a whole: "angka satu usaha". */
    scope: scopeWords[metric.scope],
    attainment: attainment ?? undefined,
  };
}

/** The case's headline figure, shown on cards and in search results: its first metric. */
export function headlineOf(data: Sentra) {
  const metric = data.metrics[0];
  if (!metric) return undefined;
  const summary = summarizeMetric(metric);
  const figures = summary.first ? `${summary.first} → ${summary.last}` : `${summary.last} (sesudah)`;
  const text = summary.scope ? `${figures}, ${summary.scope}` : figures;
  return { metric, ...summary, text, sources: rowsOf(metric).flatMap((row) => row.quantity.sources) };
}

/** The text alternative of a metric's chart, read aloud in place of the bars. */
export function describeMetricChart(metric: SentraMetric): string {
  const { change, changeKind, noChange, scope, attainment } = summarizeMetric(metric);
  const rows = rowsOf(metric).map((row) => `${row.label.toLowerCase()} ${formatFigure(row.quantity)}`);
  const scopeText = scope ? ` (${scope})` : '';
  const changeText = change ? `, ${changeKind === 'growth' ? `naik ${change}` : change}` : '';
  const noChangeText = noChange ? `; perubahan tidak dihitung karena ${noChange}` : '';
  const attainmentText = attainment ? `, ${attainment}` : '';
  return `${metric.label}${scopeText}: ${rows.join(', ')}${changeText}${noChangeText}${attainmentText}.`;
}

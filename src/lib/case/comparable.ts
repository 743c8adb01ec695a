import { measureOf, measureWords } from './figure-kind';
import type { SentraMetric, SentraQuantity } from './sentra-types';
import { units } from '../../vocabulary/units';

/** Whether a change may be derived between two figures, and why not where it may not. */
export type Comparability = { comparable: true } | { comparable: false; reason: string };

const kindWord = (quantity: Pick<SentraQuantity, 'measure'>) => measureWords[measureOf(quantity)] ?? 'jumlah';

/**
 * THE rule for every change the site derives (card, chart, table, share card, comparison, list
 * sort, open data): a before and an after, or the first and last point of a series, are compared
 * only where they have the same unit, the same kind of figure (`measure`; none is `jumlah`) and the
 * editor has not marked the metric `comparable: false`. Otherwise both figures are shown with
 * their dates and sources, and no growth factor.
 */
export function comparabilityOf(
  metric: Pick<SentraMetric, 'comparable'>,
  first: Pick<SentraQuantity, 'unit' | 'measure'>,
  last: Pick<SentraQuantity, 'unit' | 'measure'>,
): Comparability {
  if (first.unit !== last.unit) {
    const [a, b] = [first.unit, last.unit].map((unit) => units.labels[unit].id);
    return { comparable: false, reason: `satuannya berbeda (${a} dan ${b})` };
  }
  if (measureOf(first) !== measureOf(last)) {
    return { comparable: false, reason: `jenis angkanya berbeda (${kindWord(first)} dan ${kindWord(last)})` };
  }
  if (!metric.comparable) {
    return { comparable: false, reason: 'kedua angka tidak dihitung dengan cara yang sama' };
  }
  return { comparable: true };
}

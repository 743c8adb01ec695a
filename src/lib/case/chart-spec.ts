import { toBounds } from './growth';
import { rowsOf, type RowRole } from './metric-rows';
import type { SentraMetric } from './sentra-types';
import { isMoneyUnit, type Unit } from '../../vocabulary/units';

/** What a metric's chart shows: built at compile time, sent to the browser as JSON. */
export interface ChartSpec {
  /** The category labels under the bars: periods, or the dates of a series. */
  labels: string[];
  /** Each bar as `[min, max]`: a range is a floating bar, a single number a bar of no height. */
  bars: [number, number][];
  /** What each bar stands for, which sets its colour. */
  roles: RowRole[];
  unit: Unit;
  money: boolean;
  /** Read aloud in place of the canvas. */
  description: string;
}

/** The chart of one metric, from its validated data: one bar per row of its table. */
export function buildChartSpec(metric: SentraMetric, description: string): ChartSpec {
  const rows = rowsOf(metric);
  const unit = rows[0]?.quantity.unit ?? 'orang';
  return {
    labels: rows.map((row) => row.label),
    bars: rows.map((row) => toBounds(row.quantity.value)),
    roles: rows.map((row) => row.role),
    unit,
    money: isMoneyUnit(unit),
    description,
  };
}

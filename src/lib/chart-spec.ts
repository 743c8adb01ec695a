import { toBounds } from './growth';
import { periods } from './periods';
import { isMoneyUnit, type Unit } from './vocabulary/units';

/** What a before/after chart shows: built at compile time, sent to the browser as JSON. */
export interface ChartSpec {
  /** The category labels under the bars. */
  labels: [string, string];
  /** Each bar as `[min, max]`: a range is a floating bar, a single number a bar of no height. */
  bars: [[number, number], [number, number]];
  unit: Unit;
  money: boolean;
  /** Read aloud in place of the canvas. */
  description: string;
}

interface MetricLike {
  before: { value: number | readonly [number, number]; unit: Unit };
  after: { value: number | readonly [number, number] };
}

/** The chart of one metric, from its validated data. */
export function buildChartSpec(metric: MetricLike, description: string): ChartSpec {
  return {
    labels: [periods[0].label, periods[1].label],
    bars: [toBounds(metric.before.value), toBounds(metric.after.value)],
    unit: metric.before.unit,
    money: isMoneyUnit(metric.before.unit),
    description,
  };
}

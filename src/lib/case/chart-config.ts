import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-spec';
import type { RowRole } from './metric-rows';
import { formatNumber, formatNumberRange } from '../../format/number-format';
import { formatRupiah, formatRupiahRange } from '../../format/rupiah-format';
import { shortUnitLabel } from '../../vocabulary/units';

/** The two bar colours, read from the page's CSS so that dark mode and print can change them. */
export interface ChartColors {
  before: string;
  after: string;
  text: string;
  grid: string;
}

/** Writes an axis or tooltip value in the metric's unit: `Rp1,5 miliar`, `400`. */
export function formatChartValue(spec: ChartSpec, value: number): string {
  return spec.money ? formatRupiah(value) : formatNumber(value);
}

/** Writes a bar's value as the label above it: `Rp200–300 juta`, `11–19`, `200`. */
export function formatBarLabel(spec: ChartSpec, [min, max]: [number, number]): string {
  return spec.money ? formatRupiahRange(min, max) : formatNumberRange(min, max);
}

/** Writes a bar's value for its tooltip: the label, then the unit. */
export function formatBar(spec: ChartSpec, bounds: [number, number]): string {
  const unit = shortUnitLabel(spec.unit);
  return unit ? `${formatBarLabel(spec, bounds)} ${unit}` : formatBarLabel(spec, bounds);
}

// Before and a plan share the muted colour; what was reached, and every point of a series, the
// accent. The labels under the bars say which is which, so colour never carries meaning alone.
function barColor(role: RowRole, colors: ChartColors): string {
  return role === 'before' || role === 'planned' ? colors.before : colors.after;
}

/**
 * The Chart.js configuration of a before/after chart. Ranges are floating bars `[min, max]`;
 * a single number gets a thin bar at its value (`minBarLength`) rather than a bar from zero,
 * so that a point and a range never look alike.
 */
export function buildChartConfig(
  spec: ChartSpec,
  colors: ChartColors,
  reducedMotion: boolean,
): ChartConfiguration<'bar', [number, number][], string> {
  return {
    type: 'bar',
    data: {
      labels: [...spec.labels],
      datasets: [
        {
          label: spec.description,
          data: spec.bars.map(([min, max]) => [min, max] as [number, number]),
          backgroundColor: spec.roles.map((role) => barColor(role, colors)),
          borderColor: spec.roles.map((role) => barColor(role, colors)),
          borderWidth: 1,
          minBarLength: 8,
          borderSkipped: false,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => formatBar(spec, item.raw as [number, number]) } },
      },
      scales: {
        x: { ticks: { color: colors.text }, grid: { display: false } },
        y: {
          beginAtZero: true,
          // Headroom above the highest bar for its label, and for a single number drawn at the top.
          grace: '20%',
          ticks: { color: colors.text, callback: (value) => formatChartValue(spec, Number(value)) },
          grid: { color: colors.grid },
        },
      },
    },
  };
}

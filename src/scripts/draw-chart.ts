import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { buildChartConfig, formatBarLabel, type ChartColors } from '../lib/case/chart-config';
import type { ChartSpec } from '../lib/case/chart-spec';

// Only what a bar chart needs, so the rest of Chart.js is left out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

function readColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    before: read('--chart-before'),
    after: read('--chart-after'),
    text: read('--chart-text'),
    grid: read('--chart-grid'),
  };
}

// Writes each bar's value above it, so a reader needs neither the axis nor a tooltip to read it.
function barLabels(spec: ChartSpec, color: string): Plugin<'bar'> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.font = `600 13px ${Chart.defaults.font.family}`;
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const bounds = spec.bars[index];
        // The final position, not the animated one, so the label never lags behind its bar.
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        if (bounds) ctx.fillText(formatBarLabel(spec, bounds), x, Math.min(y, base) - 4);
      });
      ctx.restore();
    },
  };
}

/** Draws one before/after chart on its canvas, in the page's current colours. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'bar', [number, number][], string> {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  const colors = readColors(canvas);
  const config = buildChartConfig(spec, colors, reducedMotion);
  return new Chart(canvas, { ...config, plugins: [barLabels(spec, colors.text)] });
}

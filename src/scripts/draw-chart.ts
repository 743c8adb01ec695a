import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { buildChartConfig, type ChartColors } from '../lib/chart-config';
import type { ChartSpec } from '../lib/chart-spec';

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

/** Draws one before/after chart on its canvas, in the page's current colours. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'bar', [number, number][], string> {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  return new Chart(canvas, buildChartConfig(spec, readColors(canvas), reducedMotion));
}

import { muted, noteRow, rowGroup, sourceLinks } from './compare-cells';
import type { CompareCase, CompareFigure, CompareMetric } from './compare-record';
import { barOf, groupMetrics, type MetricGroup, type MetricScale } from './compare-scale';
import { escapeHtml as esc } from '../../format/html-text';
import { formatAmount } from '../case/quantity-format';

function figureItem(slug: string, figure: CompareFigure, max: number): string {
  const { solid, span } = barOf(figure, max);
  const wording = figure.wording ? ` <span class="${muted}">“${esc(figure.wording)}”</span>` : '';
  // The bar only repeats the words beside it; a screen reader reads the words.
  return (
    `<li class="compare-figure" data-role="${figure.role}" data-min="${figure.min}" data-max="${figure.max}">` +
    // SVG attributes, not inline styles, size the bar: the Content-Security-Policy allows no style="".
    `<svg class="compare-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="compare-solid" width="${solid}" height="8"></rect>` +
    `<rect class="compare-span" x="${solid}" width="${span}" height="8"></rect></svg>` +
    `<span>${esc(figure.label)}: <span class="font-semibold">${esc(figure.text)}</span>${wording}` +
    `${sourceLinks(slug, figure.sources)}</span></li>`
  );
}

function metricBlock(slug: string, metric: CompareMetric, scale: MetricScale, groupLabel: string): string {
  // Each case keeps its own wording of what it measures where it differs from the group's.
  const label = metric.label === groupLabel ? '' : `<p class="compare-label font-semibold">${esc(metric.label)}</p>`;
  const derived = [
    metric.change && `Perubahan: <span class="font-semibold">${esc(metric.change)}</span>`,
    metric.attainment && `Capaian: <span class="font-semibold">${esc(metric.attainment)}</span>`,
  ]
    .filter(Boolean)
    .map((text) => `<p data-unsourced="derived">${text}</p>`);
  return (
    `<div class="compare-metric" data-metric="${esc(metric.id)}">${label}<ul class="space-y-1">` +
    `${metric.figures.map((figure) => figureItem(slug, figure, scale.max)).join('')}</ul>${derived.join('')}</div>`
  );
}

function scaleRow(cases: readonly CompareCase[], scale: MetricScale, groupLabel: string, alone: boolean): string {
  const cells = cases.map((item) => {
    const mine = scale.entries.filter((entry) => entry.slug === item.slug);
    // A figure only one case reports is said once, in the note above: the other columns stay empty.
    const missing = alone
      ? ''
      : `<span class="${muted}" aria-hidden="true">—</span><span class="sr-only">Tidak ada angka ini</span>`;
    const body =
      mine.length > 0 ? mine.map((entry) => metricBlock(item.slug, entry.metric, scale, groupLabel)).join('') : missing;
    return `<td data-sentra="${esc(item.slug)}">${body}</td>`;
  });
  return `<tr data-scale-unit="${scale.unit}">${cells.join('')}</tr>`;
}

function groupBody(cases: readonly CompareCase[], group: MetricGroup): string {
  const columns = cases.length;
  const rows: string[] = [];
  if (group.scales.length > 1) {
    const unitList = group.scales.map((scale) => scale.unitLabel).join('; ');
    rows.push(
      noteRow(
        columns,
        `Satuannya berbeda (${esc(unitList)}): tiap satuan digambar pada skalanya sendiri, jadi panjang batang ` +
          'antarsatuan tidak dapat dibandingkan.',
        ' data-units-differ=""',
      ),
    );
  }
  for (const scale of group.scales) {
    const slugs = new Set(scale.entries.map((entry) => entry.slug));
    const alone = columns > 1 && slugs.size === 1;
    const owner = cases.find((item) => slugs.has(item.slug));
    const what = slugs.size > 1 ? `Satu skala untuk ${slugs.size} sentra` : 'Skala';
    const only = alone && owner ? `Hanya ${esc(owner.title)} melaporkan angka ini. ` : '';
    rows.push(
      noteRow(
        columns,
        `${only}${what}: 0 sampai ${esc(formatAmount(scale.max, scale.unit))}`,
        ` data-unsourced="derived" data-scale="${scale.unit}" data-scale-max="${scale.max}"`,
      ),
      scaleRow(cases, scale, group.label, alone),
    );
  }
  return rowGroup(group.label, columns, rows.join(''));
}

/**
 * The figures of the chosen cases, a group of rows per thing measured: each figure as words
 * with its sources and as a bar on the scale it shares with the same metric of the other cases.
 */
export function renderMetricGroups(cases: readonly CompareCase[]): string {
  const groups = groupMetrics(cases);
  const intro =
    groups.length > 0
      ? 'Angka dengan id atau nama yang sama dan satuan yang sama digambar pada satu skala dari nol. ' +
        'Bagian batang yang bergaris menandai rentang: dari batas bawah sampai batas atas yang disebut sumber.'
      : 'Sentra yang dipilih tidak punya angka hasil.';
  return (
    rowGroup('Angka sebelum dan sesudah', cases.length, noteRow(cases.length, intro)) +
    groups.map((group) => groupBody(cases, group)).join('')
  );
}

import type { CompareCase, CompareFigure, CompareMetric } from './compare-record';
import type { Unit } from '../../vocabulary/units';

/** A metric of one case, placed in a group. */
export interface ScaleEntry {
  slug: string;
  metric: CompareMetric;
}

/** Metrics of one unit drawn on one axis, from zero to `max`. */
export interface MetricScale {
  unit: Unit;
  unitLabel: string;
  max: number;
  entries: ScaleEntry[];
}

/**
 * Metrics of the chosen cases that measure the same thing: they share an id or a label. Each
 * unit gets its own scale; a group with more than one scale has units that cannot be compared.
 */
export interface MetricGroup {
  label: string;
  /** How many of the chosen cases have a metric in the group. */
  caseCount: number;
  scales: MetricScale[];
}

// "Tenaga kerja" and "tenaga  kerja" are the same label; nothing looser, so unlike things never merge.
function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/**
 * The heading of a group: the label its metrics share; where their labels differ but their id is
 * one (`produksi` for "Produksi batik" and "Volume produksi"), the id in words; else the label
 * most of them use, the first where counts tie. Each case still shows its own label.
 */
function groupLabel(entries: readonly ScaleEntry[]): string {
  const labels = new Set(entries.map(({ metric }) => metric.label));
  const ids = new Set(entries.map(({ metric }) => metric.id));
  const [onlyId] = ids;
  if (labels.size > 1 && ids.size === 1 && onlyId) {
    const words = onlyId.replaceAll('-', ' ');
    return words.charAt(0).toLocaleUpperCase('id') + words.slice(1);
  }
  const counts = new Map<string, number>();
  for (const { metric } of entries) counts.set(metric.label, (counts.get(metric.label) ?? 0) + 1);
  let best = entries[0]?.metric.label ?? '';
  for (const [label, count] of counts) if (count > (counts.get(best) ?? 0)) best = label;
  return best;
}

function splitByUnit(entries: readonly ScaleEntry[]): MetricScale[] {
  const scales = new Map<Unit, MetricScale>();
  for (const entry of entries) {
    const { unit, unitLabel } = entry.metric;
    const scale = scales.get(unit) ?? { unit, unitLabel, max: 0, entries: [] };
    scale.entries.push(entry);
    scale.max = Math.max(scale.max, ...entry.metric.figures.map((figure) => figure.max));
    scales.set(unit, scale);
  }
  return [...scales.values()];
}

/**
 * Groups the metrics of the chosen cases so that like is drawn beside like: two metrics belong
 * together where they share an id (`tenaga-kerja`) or a label ("Tenaga kerja"), and the link
 * carries on (a shares an id with b, b a label with c: all three). Within a group, metrics of
 * one unit share one scale; metrics of another unit get their own, never forced onto the first.
 * Groups found in more cases come first, then in the order the cases list their metrics.
 */
export function groupMetrics(cases: readonly CompareCase[]): MetricGroup[] {
  const entries = cases.flatMap((item) => item.metrics.map((metric) => ({ slug: item.slug, metric })));
  // Union-find over the entries: each id and each label points at the first entry that had it.
  const parent = entries.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const firstWith = new Map<string, number>();
  entries.forEach(({ metric }, index) => {
    for (const key of [`id:${metric.id}`, `label:${labelKey(metric.label)}`]) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, index);
      else parent[root(index)] = root(first);
    }
  });
  const groups = new Map<number, ScaleEntry[]>();
  entries.forEach((entry, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  });
  return [...groups.values()]
    .map((members) => ({
      label: groupLabel(members),
      caseCount: new Set(members.map((member) => member.slug)).size,
      scales: splitByUnit(members),
    }))
    .sort((a, b) => b.caseCount - a.caseCount);
}

/** Where a figure's bar lies on its scale, in percent of the axis: solid to `min`, lighter to `max`. */
export interface BarGeometry {
  solid: number;
  span: number;
}

const percent = (value: number, max: number) => Math.round((value / max) * 10_000) / 100;

/**
 * A figure's bar on a scale from zero to `max`. A single number is one solid bar; a range is
 * solid up to its low end and lighter up to its high end, so a range never looks like a point.
 */
export function barOf(figure: Pick<CompareFigure, 'min' | 'max'>, max: number): BarGeometry {
  // All zeros: nothing to draw, and no division by zero.
  if (max <= 0) return { solid: 0, span: 0 };
  const solid = percent(figure.min, max);
  return { solid, span: Math.round((percent(figure.max, max) - solid) * 100) / 100 };
}

import { computeGrowth } from './growth';
import type { SentraMetric } from './sentra-types';

/** A realised figure below half of its plan, and the share achieved. */
export interface PlanMark {
  /** The share of the plan achieved, 0–1, as a range where the figures are ranges. */
  share: [number, number];
  /** "di bawah rencana: 10% tercapai" */
  text: string;
}

/**
 * The one computed mark beside a status: where a metric records a plan and a realised figure and
 * the realised is below half the plan (strictly, at its highest reading), "di bawah rencana" with
 * the share achieved. Written once here and applied to every case.
 */
export function belowPlan(metric: Pick<SentraMetric, 'planned' | 'after'>): PlanMark | undefined {
  // The schema holds a plan to the unit of its realised figure; the share is the one the page's
  // "dari rencana" reads (computeGrowth pairs the ends of ranges the same way).
  if (!metric.planned || !metric.after) return undefined;
  const growth = computeGrowth(metric.planned.value, metric.after.value);
  if (!growth || growth.max >= 0.5) return undefined;
  const share: [number, number] = [growth.min, growth.max];
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const achieved = share[0] === share[1] ? percent(share[0]) : `${percent(share[0])}–${percent(share[1])}`;
  return { share, text: `di bawah rencana: ${achieved} tercapai` };
}

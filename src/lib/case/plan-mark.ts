import { toBounds } from './growth';
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
  if (!metric.planned || !metric.after || metric.planned.unit !== metric.after.unit) return undefined;
  const [plannedLow, plannedHigh] = toBounds(metric.planned.value);
  const [afterLow, afterHigh] = toBounds(metric.after.value);
  if (plannedLow <= 0) return undefined;
  const share: [number, number] = [afterLow / plannedHigh, afterHigh / plannedLow];
  if (share[1] >= 0.5) return undefined;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const achieved = share[0] === share[1] ? percent(share[0]) : `${percent(share[0])}–${percent(share[1])}`;
  return { share, text: `di bawah rencana: ${achieved} tercapai` };
}

import { formatNumber } from './number-format';

/** A value as a source gives it: one number, or a range `[min, max]`. */
export type Amount = number | readonly [number, number];

/** The two ends of an amount; a single number is a range of one point. */
export function toBounds(amount: Amount): [number, number] {
  return typeof amount === 'number' ? [amount, amount] : [amount[0], amount[1]];
}

/** How many times larger the after value is than the before value, as a range. */
export interface Growth {
  min: number;
  max: number;
}

/**
 * Derives growth from a before and an after amount. For ranges the lowest growth pairs the
 * lowest after with the highest before, and the highest growth the reverse, so that
 * Rp200–300 juta → Rp1,5–2 miliar is ×5 to ×10. Growth from zero is undefined: null.
 */
export function computeGrowth(before: Amount, after: Amount): Growth | null {
  const [beforeMin, beforeMax] = toBounds(before);
  const [afterMin, afterMax] = toBounds(after);
  if (beforeMin <= 0) return null;
  return { min: afterMin / beforeMax, max: afterMax / beforeMin };
}

// Rounding goes outward (the low end down, the high end up) so that the printed range always
// contains the true one: a reader is never told more growth than the sources allow, nor less.
function roundDown(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}
function roundUp(value: number): number {
  return Math.ceil(value * 10 - 1e-9) / 10;
}

/** Writes growth as a multiplier: `×5`, or `×5–×10` for a range, to one decimal at most. */
export function formatGrowth(growth: Growth): string {
  const low = roundDown(growth.min);
  const high = roundUp(growth.max);
  return low === high ? `×${formatNumber(low)}` : `×${formatNumber(low)}–×${formatNumber(high)}`;
}

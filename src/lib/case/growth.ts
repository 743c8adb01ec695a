import { formatNumber } from '../../format/number-format';

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
  // One exact value is one number, rounded to the nearest tenth: outward rounding is for ranges.
  if (growth.min === growth.max) return `×${formatNumber(Math.round(growth.min * 10) / 10)}`;
  const low = roundDown(growth.min);
  const high = roundUp(growth.max);
  return low === high ? `×${formatNumber(low)}` : `×${formatNumber(low)}–×${formatNumber(high)}`;
}

/**
 * How a metric changed, read the way it went and the way its direction asks: growth (×5) where
 * more is better and it rose; a fall (turun 50%) wherever it fell, so that a halving never reads
 * as "×0,5 growth"; a rise in per cent (naik 50%) where less is better; and, where ranges leave
 * the direction open, both ends said plainly.
 */
export type Change =
  | { kind: 'growth'; growth: Growth }
  | { kind: 'fall'; min: number; max: number }
  | { kind: 'rise'; min: number; max: number }
  | { kind: 'mixed'; fall: number; rise: number };

/** Derives the change between two amounts for a metric where `better` is higher or lower. */
export function computeChange(before: Amount, after: Amount, better: 'higher' | 'lower'): Change | null {
  const growth = computeGrowth(before, after);
  if (!growth) return null;
  if (growth.min >= 1) {
    return better === 'higher'
      ? { kind: 'growth', growth }
      : { kind: 'rise', min: growth.min - 1, max: growth.max - 1 };
  }
  // A fall is the share taken off: 4 → 2 is 50%. The ends pair as for growth.
  if (growth.max <= 1) return { kind: 'fall', min: 1 - growth.max, max: 1 - growth.min };
  return { kind: 'mixed', fall: 1 - growth.min, rise: growth.max - 1 };
}

function percent(fraction: number, round: (value: number) => number): string {
  return formatNumber(round(fraction * 100 + (round === Math.floor ? 1e-9 : -1e-9)));
}

// One exact share is one number, rounded to the nearest whole percent; a range rounds outward.
function percentRange(min: number, max: number): [string, string] {
  if (min === max) return [percent(min, Math.round), percent(max, Math.round)];
  return [percent(min, Math.floor), percent(max, Math.ceil)];
}

/** Writes a change: `×5–×10`, `turun 50%`, `turun 40–60%`, `naik 20%`, or `antara turun 10% dan naik 20%`. */
export function formatChange(change: Change): string {
  if (change.kind === 'growth') return formatGrowth(change.growth);
  if (change.kind === 'mixed') {
    return `antara turun ${percent(change.fall, Math.ceil)}% dan naik ${percent(change.rise, Math.ceil)}%`;
  }
  const [low, high] = percentRange(change.min, change.max);
  const word = change.kind === 'fall' ? 'turun' : 'naik';
  return low === high ? `${word} ${low}%` : `${word} ${low}–${high}%`;
}

/** How much of a planned figure was reached, as a share: 50 of 100 planned workers is 50%. */
export function formatAttainment(planned: Amount, actual: Amount): string | null {
  const share = computeGrowth(planned, actual);
  if (!share) return null;
  const [low, high] = percentRange(share.min, share.max);
  return low === high ? `${low}% dari rencana` : `${low}–${high}% dari rencana`;
}

import { toBounds } from './growth';
import type { SentraFunding } from './sentra-types';

/**
 * The money a case's funding gives at once, summed as a range, or undefined where no entry gives a
 * sum. Only plain rupiah counts: an amount per month, per year or per unit (an incentive of Rp1 juta
 * a month) is a rate, not money given once, and never adds up with one.
 */
export function fundingAmountOf(funding: readonly SentraFunding[]): [number, number] | undefined {
  const amounts = funding.flatMap((item) => (item.amount?.unit === 'rupiah' ? [toBounds(item.amount.value)] : []));
  if (amounts.length === 0) return undefined;
  return amounts.reduce<[number, number]>(([low, high], [min, max]) => [low + min, high + max], [0, 0]);
}

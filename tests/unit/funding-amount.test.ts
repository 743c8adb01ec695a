import { describe, expect, it } from 'vitest';
import { fundingAmountOf } from '../../src/lib/case/funding-amount';
import type { SentraFunding } from '../../src/lib/case/sentra-types';

const entry = (amount?: SentraFunding['amount']): SentraFunding =>
  ({ scheme: 'dak-fisik-ikm', amount, sources: ['S1'] }) as SentraFunding;

describe('the money a case is funded with, as the list sorts and filters it', () => {
  it('adds the rupiah given at once, ranges end to end', () => {
    const funding = [
      entry({ value: 4_000_000_000, unit: 'rupiah', sources: ['S1'] }),
      entry({ value: [1_000_000_000, 2_000_000_000], unit: 'rupiah', sources: ['S1'] }),
      entry(),
    ];
    expect(fundingAmountOf(funding)).toEqual([5_000_000_000, 6_000_000_000]);
  });

  // A Sikka-style incentive of Rp1 juta a month is a rate: counted, it would put the case among
  // those funded with less than Rp1 miliar, as if Rp1 juta were all it had been given.
  it('leaves out an amount per month or per year, which is no sum', () => {
    expect(fundingAmountOf([entry({ value: 1_000_000, unit: 'rupiah-per-bulan', sources: ['S1'] })])).toBeUndefined();
    expect(
      fundingAmountOf([
        entry({ value: 2_000_000_000, unit: 'rupiah', sources: ['S1'] }),
        entry({ value: 500_000_000, unit: 'rupiah-per-tahun', sources: ['S1'] }),
      ]),
    ).toEqual([2_000_000_000, 2_000_000_000]);
  });

  it('gives nothing where no entry has an amount', () => {
    expect(fundingAmountOf([entry()])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format/date-format';
import { formatNumber, formatNumberRange, formatPercent } from '../../src/format/number-format';
import { formatAmount } from '../../src/lib/case/quantity-format';
import { formatRupiah, formatRupiahRange } from '../../src/format/rupiah-format';

describe('numbers per PUEBI', () => {
  it('uses a dot for thousands and a comma for decimals', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(91.089)).toBe('91,089');
  });

  it('writes percentages with no space before the sign', () => {
    expect(formatPercent(12.5)).toBe('12,5%');
    expect(formatPercent(88.46)).toBe('88,5%');
  });

  it('writes a range with an en dash, and a single number alone', () => {
    expect(formatNumberRange(11, 19)).toBe('11–19');
    expect(formatNumberRange(200, 200)).toBe('200');
  });
});

describe('rupiah per PUEBI', () => {
  it('writes Rp with no space and the scale in words', () => {
    expect(formatRupiah(1_500_000_000)).toBe('Rp1,5 miliar');
    expect(formatRupiah(200_000_000)).toBe('Rp200 juta');
    expect(formatRupiah(941_818_000)).toBe('Rp941,818 juta');
    expect(formatRupiah(19_786_000_000)).toBe('Rp19,786 miliar');
    expect(formatRupiah(2_000_000_000_000)).toBe('Rp2 triliun');
    expect(formatRupiah(15_000)).toBe('Rp15.000');
  });

  it('does not round the way Intl currency formatting does', () => {
    expect(formatRupiah(20_400_000_000)).toBe('Rp20,4 miliar');
    expect(formatRupiah(25_600_000_000)).toBe('Rp25,6 miliar');
  });

  it('writes a range on one scale once: Rp200–300 juta', () => {
    expect(formatRupiahRange(200_000_000, 300_000_000)).toBe('Rp200–300 juta');
    expect(formatRupiahRange(1_500_000_000, 2_000_000_000)).toBe('Rp1,5–2 miliar');
  });

  it('writes both scales when a range crosses one', () => {
    expect(formatRupiahRange(200_000_000, 1_500_000_000)).toBe('Rp200 juta–Rp1,5 miliar');
  });

  it('writes a range of one value as that value', () => {
    expect(formatRupiahRange(26_000_000_000, 26_000_000_000)).toBe('Rp26 miliar');
  });
});

describe('dates', () => {
  it('writes a day in words', () => {
    expect(formatDate('2025-04-07')).toBe('7 April 2025');
    expect(formatDate('2024-08-17')).toBe('17 Agustus 2024');
  });

  it('keeps the precision the source has', () => {
    expect(formatDate('2022-12')).toBe('Desember 2022');
    expect(formatDate('1970')).toBe('1970');
  });

  it('has English names for the English pages', () => {
    expect(formatDate('2025-03-28', 'en')).toBe('28 March 2025');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('28/3/2025')).toThrow('Not a partial date');
  });
});

describe('quantities with their unit', () => {
  it('writes money per year, people and tonnes', () => {
    expect(formatAmount([200_000_000, 300_000_000], 'rupiah-per-tahun')).toBe('Rp200–300 juta per tahun');
    expect(formatAmount([11, 19], 'orang')).toBe('11–19 orang');
    expect(formatAmount([400, 700], 'ton-per-tahun')).toBe('400–700 ton/tahun');
    expect(formatAmount(20_400_000_000, 'rupiah')).toBe('Rp20,4 miliar');
  });
});

import { describe, expect, it } from 'vitest';
import { describeMetricChart, summarizeMetric } from '../../src/lib/case/case-facts';
import { buildChartSpec } from '../../src/lib/case/chart-spec';
import { computeChange, formatAttainment, formatChange } from '../../src/lib/case/growth';
import { changeEnds, rowsOf, shapeOf } from '../../src/lib/case/metric-rows';
import { comparabilityOf } from '../../src/lib/case/comparable';
import type { SentraMetric } from '../../src/lib/case/sentra-types';
import { metricSchema } from '../../src/schema/metric';

/** A metric as an editor writes it, read through the real schema. */
function metric(input: Record<string, unknown>): SentraMetric {
  return metricSchema.parse({ id: 'm', label: 'Uji', ...input }) as SentraMetric;
}

const q = (value: number | [number, number], unit = 'orang', extra: Record<string, unknown> = {}) => ({
  value,
  unit,
  sources: ['S1'],
  ...extra,
});

describe('a figure known only after the intervention', () => {
  const workers = metric({ after: q(125) });

  it('has one row, after, and no before shown as zero', () => {
    expect(shapeOf(workers)).toBe('after-only');
    expect(rowsOf(workers).map((row) => row.label)).toEqual(['Sesudah']);
    expect(buildChartSpec(workers, '').bars).toEqual([[125, 125]]);
  });

  it('has no growth', () => {
    expect(summarizeMetric(workers)).toMatchObject({ first: undefined, last: '125 orang', change: undefined });
    expect(describeMetricChart(workers)).toBe('Uji: sesudah 125 orang.');
  });

  it('sets a plan beside the real figure and says how much of it was reached', () => {
    const planned = metric({ planned: q(100, 'orang', { wording: 'sekitar 100' }), after: q(50) });
    expect(rowsOf(planned).map((row) => row.label)).toEqual(['Rencana', 'Sesudah']);
    expect(summarizeMetric(planned).attainment).toBe('50% dari rencana');
    expect(buildChartSpec(planned, '').roles).toEqual(['planned', 'after']);
  });
});

describe('a series of dated values', () => {
  const omzet = metric({
    series: [
      { date: '2020', ...q(170_000_000, 'rupiah') },
      { date: '2021', ...q(360_000_000, 'rupiah') },
      { date: '2022', ...q(3_000_000_000, 'rupiah') },
    ],
  });

  it('puts the years on the axis, one bar each, oldest first', () => {
    const spec = buildChartSpec(omzet, '');
    expect(spec.labels).toEqual(['2020', '2021', '2022']);
    expect(spec.bars).toEqual([
      [170_000_000, 170_000_000],
      [360_000_000, 360_000_000],
      [3_000_000_000, 3_000_000_000],
    ]);
  });

  it('changes from its first point to its last', () => {
    expect(summarizeMetric(omzet)).toMatchObject({ first: 'Rp170 juta', last: 'Rp3 miliar', change: '×17,6' });
  });

  it('must have three points or more, in date order, in one unit, and not also a before or after', () => {
    const two = {
      id: 'm',
      label: 'Uji',
      series: [
        { date: '2020', ...q(1) },
        { date: '2021', ...q(2) },
      ],
    };
    expect(metricSchema.safeParse(two).success).toBe(false);
    const unordered = {
      id: 'm',
      label: 'Uji',
      series: [
        { date: '2021', ...q(1) },
        { date: '2020', ...q(2) },
        { date: '2022', ...q(3) },
      ],
    };
    expect(metricSchema.safeParse(unordered).error?.issues[0]?.path).toEqual(['series', 1, 'date']);
    const mixedUnits = {
      id: 'm',
      label: 'Uji',
      series: [
        { date: '2020', ...q(1) },
        { date: '2021', ...q(2, 'ton') },
        { date: '2022', ...q(3) },
      ],
    };
    expect(metricSchema.safeParse(mixedUnits).error?.issues[0]?.path).toEqual(['series', 1, 'unit']);
    const both = { id: 'm', label: 'Uji', after: q(1), series: [1, 2, 3].map((n) => ({ date: `202${n}`, ...q(n) })) };
    expect(metricSchema.safeParse(both).error?.issues[0]?.path).toEqual(['series']);
  });

  it('needs either an after figure or a series', () => {
    expect(metricSchema.safeParse({ id: 'm', label: 'Uji', before: q(1) }).error?.issues[0]?.path).toEqual(['after']);
  });
});

describe('a metric where lower is better', () => {
  const hours = metric({ better: 'lower', before: q(4, 'jam-per-proses'), after: q(2, 'jam-per-proses') });

  it('reads halving as a reduction, never as ×0,5 growth', () => {
    expect(summarizeMetric(hours).change).toBe('turun 50%');
    expect(describeMetricChart(hours)).toBe('Uji: sebelum 4 jam/proses, sesudah 2 jam/proses, turun 50%.');
  });

  it('keeps ranges as ranges, rounded outward', () => {
    expect(formatChange(computeChange([4, 5], [2, 3], 'lower')!)).toBe('turun 25–60%');
  });

  it('says plainly when the figure went up', () => {
    expect(formatChange(computeChange(2, 3, 'lower')!)).toBe('naik 50%');
  });

  it('still reads growth where more is better', () => {
    expect(formatChange(computeChange(100, 250, 'higher')!)).toBe('×2,5');
  });
});

describe('attainment of a plan', () => {
  it('is a share, and a range where either figure is one', () => {
    expect(formatAttainment(100, 50)).toBe('50% dari rencana');
    expect(formatAttainment(10, [1, 2])).toBe('10–20% dari rencana');
  });
});

describe('a change only between figures that measure the same thing', () => {
  const pair = (before: Record<string, unknown>, after: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    metric({ before: q(20, 'ton-per-bulan', before), after: q(50, 'ton-per-bulan', after), ...extra });

  it('compares two whole amounts, and takes a missing measure as one', () => {
    const same = pair({}, { measure: 'jumlah' });
    expect(comparabilityOf(same, same.before!, same.after!)).toEqual({ comparable: true });
    expect(summarizeMetric(same).change).toBe('×2,5');
  });

  it('derives no change between an average and a peak month, and says both figures and why', () => {
    const peak = pair({ measure: 'rata-rata' }, { measure: 'puncak' });
    expect(comparabilityOf(peak, peak.before!, peak.after!)).toMatchObject({ comparable: false });
    expect(changeEnds(peak)).toBeUndefined();
    expect(summarizeMetric(peak)).toMatchObject({
      first: '20 ton/bulan (rata-rata)',
      last: '50 ton/bulan (angka puncak, bukan rata-rata)',
      change: undefined,
      noChange: 'jenis angkanya berbeda (rata-rata dan angka puncak, bukan rata-rata)',
    });
    expect(describeMetricChart(peak)).not.toContain('×');
  });

  it('derives no change where the editor marks the pair not comparable', () => {
    const reports = pair({}, {}, { comparable: false });
    expect(changeEnds(reports)).toBeUndefined();
    expect(summarizeMetric(reports).change).toBeUndefined();
    expect(summarizeMetric(reports).noChange).toBe('kedua angka tidak dihitung dengan cara yang sama');
  });

  it('derives no change between different units', () => {
    expect(comparabilityOf({ comparable: true }, { unit: 'ton' }, { unit: 'ton-per-hari' })).toMatchObject({
      comparable: false,
      reason: expect.stringContaining('satuannya berbeda'),
    });
  });

  it('applies to the first and last point of a series', () => {
    const series = metric({
      series: [
        { date: '2020', ...q(1, 'ton', { measure: 'kapasitas' }) },
        { date: '2021', ...q(2, 'ton') },
        { date: '2022', ...q(3, 'ton') },
      ],
    });
    expect(changeEnds(series)).toBeUndefined();
    expect(summarizeMetric(series).change).toBeUndefined();
  });
});

describe('a fall where more is better', () => {
  const sales = metric({ before: q(100, 'orang'), after: q(50, 'orang') });

  it('is written "turun", never as growth of ×0,5 nor "naik"', () => {
    expect(summarizeMetric(sales).change).toBe('turun 50%');
    expect(describeMetricChart(sales)).toBe('Uji: sebelum 100 orang, sesudah 50 orang, turun 50%.');
  });

  it('says both ends where ranges leave the direction open', () => {
    expect(formatChange(computeChange([80, 100], [90, 120], 'higher')!)).toBe('antara turun 10% dan naik 50%');
  });
});

describe('whose figure it is', () => {
  it('labels a one-firm figure as one firm’s in the chart text', () => {
    const firm = metric({ scope: 'satu-usaha', after: q(5) });
    expect(describeMetricChart(firm)).toBe('Uji (angka satu usaha): sesudah 5 orang.');
  });
});

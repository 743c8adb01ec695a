import { beforeAll, describe, expect, it } from 'vitest';
import { describeMetricChart } from '../../src/lib/case/case-facts';
import { buildChartConfig, formatBar } from '../../src/lib/case/chart-config';
import { buildChartSpec, type ChartSpec } from '../../src/lib/case/chart-spec';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { jombangData } from '../support/case-file';

const colors = { before: '#aaa', after: '#0f766e', text: '#333', grid: '#eee' };
let data: Sentra;
let omzet: ChartSpec;
let workers: ChartSpec;

beforeAll(async () => {
  data = await jombangData();
  const metric = (id: string) => data.metrics.find((candidate) => candidate.id === id)!;
  omzet = buildChartSpec(metric('omzet'), describeMetricChart(metric('omzet')));
  workers = buildChartSpec(metric('tenaga-kerja'), describeMetricChart(metric('tenaga-kerja')));
});

describe('the chart of a metric', () => {
  it('draws ranges as floating bars [min, max]', () => {
    expect(omzet.bars).toEqual([
      [200_000_000, 300_000_000],
      [1_500_000_000, 2_000_000_000],
    ]);
    expect(buildChartConfig(omzet, colors, false).data.datasets[0]?.data).toEqual(omzet.bars);
  });

  it('draws a single number as a bar of no height at its value, made visible by a minimum length', () => {
    expect(workers.bars[1]).toEqual([200, 200]);
    const dataset = buildChartConfig(workers, colors, false).data.datasets[0]!;
    expect(dataset.minBarLength).toBeGreaterThan(0);
  });

  it('colours before and after apart, in the colours it is given', () => {
    expect(buildChartConfig(omzet, colors, false).data.datasets[0]?.backgroundColor).toEqual(['#aaa', '#0f766e']);
  });

  it('turns animation off for readers who ask for reduced motion', () => {
    expect(buildChartConfig(omzet, colors, true).options?.animation).toBe(false);
    expect(buildChartConfig(omzet, colors, false).options?.animation).not.toBe(false);
  });

  it('writes tooltip values the PUEBI way, with the unit', () => {
    expect(formatBar(omzet, [1_500_000_000, 2_000_000_000])).toBe('Rp1,5–2 miliar per tahun');
    expect(formatBar(workers, [200, 200])).toBe('200 orang');
  });

  it('carries a text alternative for the canvas', () => {
    expect(omzet.description).toBe(
      'Omzet: sebelum Rp200–300 juta per tahun, sesudah Rp1,5–2 miliar per tahun, naik ×5–×10.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Sentra, SentraMetric } from '../../src/lib/case/sentra-types';
import {
  cardFactsOf,
  earlyStageMark,
  formatYears,
  fundingLine,
  noAmount,
  noResult,
  resultOf,
} from '../../src/lib/list/card-facts';
import { jombangData } from '../support/case-file';

const metric = (fields: Partial<SentraMetric>): SentraMetric =>
  ({ id: 'omzet', label: 'Omzet', better: 'higher', scope: 'sentra', comparable: true, ...fields }) as SentraMetric;
const rupiah = (value: number | [number, number], more: object = {}) => ({
  value,
  unit: 'rupiah-per-tahun' as const,
  sources: ['S1'],
  ...more,
});

describe('the funding line of a card', () => {
  it('names the scheme, its budget years and the amount', () => {
    expect(fundingLine({ scheme: 'dak-fisik-ikm', years: [2023], amount: rupiah(14_700_000_000) as never })).toBe(
      'DAK Fisik Bidang IKM 2023 · Rp14,7 miliar per tahun',
    );
  });

  it('gives both reports where the sources differ, and says when there is no amount', () => {
    const amount = {
      value: [14_674_000_000, 18_000_000_000],
      unit: 'rupiah',
      sources: ['S1', 'S2'],
      reports: [
        { value: 18_000_000_000, sources: ['S1'] },
        { value: 14_674_000_000, sources: ['S2'] },
      ],
    };
    expect(fundingLine({ scheme: 'dak-fisik-ikm', years: [2023], amount: amount as never })).toBe(
      'DAK Fisik Bidang IKM 2023 · Rp18 miliar atau Rp14,674 miliar (sumber berbeda)',
    );
    expect(fundingLine({ scheme: 'dak-tidak-disebut', years: undefined, amount: undefined })).toBe(
      `DAK, jenis tidak disebut · ${noAmount}`,
    );
  });

  it('writes a run of years as a span and scattered years as a list', () => {
    expect(formatYears([2023, 2022])).toBe('2022–2023');
    expect(formatYears([2019, 2022])).toBe('2019, 2022');
  });
});

describe('the headline result of a card', () => {
  it('shows the change where both figures are the same kind in the same unit', () => {
    const text = resultOf(metric({ before: rupiah(100_000_000), after: rupiah(300_000_000) })).text;
    expect(text).toBe('Omzet: Rp100 juta per tahun → Rp300 juta per tahun, ×3');
  });

  it('shows only the latest figure across kinds of figure, or where the editor marks them not comparable', () => {
    const peak = metric({ before: rupiah(100_000_000), after: rupiah(300_000_000, { measure: 'puncak', year: 2024 }) });
    expect(resultOf(peak).text).toBe('Omzet: Rp300 juta per tahun (puncak, 2024)');
    const apart = metric({ before: rupiah(100_000_000), after: rupiah(300_000_000), comparable: false });
    expect(resultOf(apart).text).not.toMatch(/×|→/);
  });

  it('shows the latest point of a series whose ends may not be compared', () => {
    const series = [
      { date: '2021', ...rupiah(100_000_000) },
      { date: '2022', ...rupiah(200_000_000) },
      { date: '2023', ...rupiah(300_000_000) },
    ];
    expect(resultOf(metric({ series, comparable: false })).text).toBe('Omzet: Rp300 juta per tahun (2023)');
  });

  it('says so where no figure is reported, and labels one firm’s figure as one firm’s', () => {
    expect(resultOf(undefined).text).toBe(noResult);
    expect(resultOf(metric({ after: rupiah(5_000_000), scope: 'satu-usaha' })).text).toMatch(/^Omzet \(satu usaha\):/);
  });
});

describe('the facts of a card', () => {
  it('dates the status, rates the evidence and counts the IKM', async () => {
    const data = await jombangData();
    const facts = cardFactsOf(data, '2026-12');
    expect(facts.status).toMatch(/ · per /);
    expect(facts.evidence).toMatch(/^Bukti: (kuat|sedang|lemah) [●○]{3}$/);
    expect(facts.ikm).toMatch(/IKM$/);
    expect(facts.mark).toBeUndefined();
    expect(facts.funding.length).toBe(data.funding.length);
  });

  it('marks an early-stage entry and shows it no result', async () => {
    const data = { ...(await jombangData()), kind: 'tahap-awal' } as Sentra;
    const facts = cardFactsOf(data, '2026-12');
    expect(facts.mark).toBe(earlyStageMark);
    expect(facts.result).toBe(noResult);
  });

  it('marks a status older than eighteen months at the build month', async () => {
    const data = { ...(await jombangData()), status: { value: 'beroperasi', asOf: '2019-11', sources: ['S1'] } };
    expect(cardFactsOf(data as Sentra, '2026-12')).toMatchObject({ stale: true });
    expect(cardFactsOf(data as Sentra, '2020-12').stale).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../src/lib/case/evidence';
import { belowPlan } from '../../src/lib/case/plan-mark';
import type { Sentra, SentraMetric, SentraSource } from '../../src/lib/case/sentra-types';
import { datedStatus } from '../../src/lib/case/status-age';

const buildMonth = '2026-12';

const source = (id: string, kind: SentraSource['kind'], date: string | null = '2026-01', extra = {}) =>
  ({ id, kind, date: date ?? undefined, publisher: id, url: `https://example.org/${id}`, ...extra }) as SentraSource;

/** A success story whose one metric cites `cited`, with `sources` as its source list. */
function story(sources: SentraSource[], cited = sources.map((s) => s.id), extra: Partial<SentraMetric> = {}) {
  const metric = { id: 'omzet', after: { value: 10, unit: 'orang', sources: cited }, ...extra } as SentraMetric;
  return { kind: 'kisah', metrics: [metric], sources, status: { sources: ['X'] } } as unknown as Sentra;
}

describe('the strength of the evidence', () => {
  it('is kuat with three independent sources, recent and in agreement', () => {
    const evidence = evidenceOf(story([source('A', 'pers'), source('B', 'pers'), source('C', 'pers')]), buildMonth);
    expect(evidence).toMatchObject({ level: 'kuat', label: 'Bukti: kuat', symbol: '●●●' });
    expect(evidence.reasons).toEqual([
      '3 sumber independen untuk angka hasilnya',
      'hanya liputan media, tanpa pernyataan resmi',
      'sumber terbaru dari Januari 2026',
    ]);
  });

  it('is kuat with two independent sources, one of them official', () => {
    const evidence = evidenceOf(story([source('A', 'resmi'), source('B', 'pers')]), buildMonth);
    expect(evidence.level).toBe('kuat');
    expect(evidence.reasons).toContain('termasuk pernyataan resmi');
  });

  it('is sedang with two press sources, or one official one', () => {
    expect(evidenceOf(story([source('A', 'pers'), source('B', 'pers')]), buildMonth).level).toBe('sedang');
    const one = evidenceOf(story([source('A', 'resmi-via-pers')]), buildMonth);
    expect(one).toMatchObject({ level: 'sedang', symbol: '●●○' });
    expect(one.reasons).toContain('pernyataan resmi hanya lewat media');
  });

  it('is lemah with one press source', () => {
    expect(evidenceOf(story([source('A', 'pers')]), buildMonth)).toMatchObject({ level: 'lemah', symbol: '●○○' });
  });

  it('never counts low-reliability sources, alone or beside others', () => {
    const low = evidenceOf(story([source('A', 'rendah'), source('B', 'rendah'), source('C', 'rendah')]), buildMonth);
    expect(low.level).toBe('lemah');
    expect(low.reasons[0]).toContain('hanya bersandar pada sumber berkeandalan rendah');
    expect(evidenceOf(story([source('A', 'pers'), source('B', 'rendah')]), buildMonth).level).toBe('lemah');
  });

  it('counts reprints of one release once', () => {
    const release = { release: 'Siaran pers Kemenperin, 28 Maret 2025' };
    const reprints = [
      source('A', 'resmi-via-pers', '2026-01', release),
      source('B', 'resmi-via-pers', '2026-01', release),
    ];
    const evidence = evidenceOf(story([...reprints, source('C', 'resmi-via-pers', '2026-01', release)]), buildMonth);
    expect(evidence.level).toBe('sedang');
    expect(evidence.reasons[0]).toBe(
      '1 sumber independen untuk angka hasilnya (salinan siaran pers yang sama dihitung sekali)',
    );
  });

  it('counts only the sources behind the result', () => {
    const data = story([source('A', 'pers'), source('B', 'resmi'), source('C', 'resmi')], ['A']);
    expect(evidenceOf(data, buildMonth).level).toBe('lemah');
  });

  it('drops a level where the newest source is older than 18 months at the build, or undated', () => {
    const old = evidenceOf(story([source('A', 'resmi', '2019-11'), source('B', 'pers', '2020')]), buildMonth);
    expect(old.level).toBe('sedang');
    expect(old.reasons).toContain('sumber terbaru dari 2020, lebih dari 18 bulan lalu');
    expect(evidenceOf(story([source('A', 'resmi', '2025-06'), source('B', 'pers')]), '2026-12').level).toBe('kuat');
    const undated = evidenceOf(story([source('A', 'resmi', null), source('B', 'pers', null)]), buildMonth);
    expect(undated.level).toBe('sedang');
    expect(undated.reasons).toContain('tidak ada sumber yang bertanggal');
  });

  it('drops a level where sources give differing figures', () => {
    const after = {
      value: [10, 12],
      unit: 'orang',
      sources: ['A', 'B'],
      reports: [
        { value: 10, sources: ['A'] },
        { value: 12, sources: ['B'] },
      ],
    };
    const evidence = evidenceOf(story([source('A', 'resmi'), source('B', 'pers')], [], { after } as never), buildMonth);
    expect(evidence.level).toBe('sedang');
    expect(evidence.reasons).toContain('sumber memberi angka yang berbeda untuk sebagian hasil');
  });

  it('judges a lesson or an early-stage entry by the sources of its status', () => {
    const sources = [source('A', 'pers'), source('B', 'resmi'), source('C', 'pers')];
    for (const kind of ['pelajaran', 'tahap-awal']) {
      const data = { kind, metrics: [], sources, status: { sources: ['B'] } } as unknown as Sentra;
      const evidence = evidenceOf(data, buildMonth);
      expect(evidence.level).toBe('sedang');
      expect(evidence.reasons[0]).toBe('1 sumber independen untuk statusnya');
    }
  });
});

describe('the mark below plan', () => {
  const q = (value: number) => ({ value, unit: 'orang' as const, sources: ['A'] });

  it('marks a sentra at 10% of its plan', () => {
    expect(belowPlan({ planned: q(100), after: q(10) })?.text).toBe('di bawah rencana: 10% tercapai');
  });

  it('does not mark one at 50%: the line is strictly below half', () => {
    expect(belowPlan({ planned: q(100), after: q(50) })).toBeUndefined();
  });

  it('needs a plan and a realised figure', () => {
    expect(belowPlan({ after: q(10) })).toBeUndefined();
  });
});

describe('a dated status', () => {
  it('says the month of its report, and may have changed after 18 months', () => {
    expect(datedStatus({ value: 'beroperasi', asOf: '2025-08-07' }, buildMonth).text).toBe(
      'Beroperasi · per Agustus 2025',
    );
    expect(datedStatus({ value: 'beroperasi', asOf: '2019-11' }, buildMonth)).toMatchObject({
      stale: true,
      text: 'Beroperasi · per November 2019 — mungkin sudah berubah',
    });
  });
});

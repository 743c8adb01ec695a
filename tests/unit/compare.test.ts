import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderComparison } from '../../src/lib/compare/compare-html';
import { matchChoices, type Choice } from '../../src/lib/compare/compare-choices';
import { compareHref, requestedSlugs, selectionSearch, settleSelection } from '../../src/lib/compare/compare-query';
import {
  moneyPerIkmOf,
  toCompareCase,
  type CompareCase,
  type CompareMetric,
} from '../../src/lib/compare/compare-record';
import { barOf, groupMetrics } from '../../src/lib/compare/compare-scale';
import type { Sentra } from '../../src/lib/case/sentra-types';
import type { Unit } from '../../src/vocabulary/units';
import { entryOf, jombangData } from '../support/case-file';

/** A metric with an after figure for each bound given: made up, only for testing the grouping. */
function metric(id: string, label: string, unit: Unit, ...bounds: [number, number][]): CompareMetric {
  return {
    id,
    label,
    unit,
    unitLabel: unit,
    figures: bounds.map(([min, max]) => ({ role: 'after', label: 'Sesudah', text: '', min, max, sources: [1] })),
  };
}

function caseWith(slug: string, ...metrics: CompareMetric[]): CompareCase {
  return {
    slug,
    title: slug,
    lesson: false,
    place: 'Jawa Timur',
    province: 'Jawa Timur',
    sector: 'Logam',
    funding: [],
    metrics,
    status: { text: 'Beroperasi · per 2025', evidence: 'Bukti: sedang ●●○', sources: [1] },
    managingBody: { name: 'Koperasi', sources: [1] },
    timeline: [],
  };
}

describe('grouping metrics on one scale', () => {
  it('draws metrics that share an id and a unit on one scale up to the highest figure of any case', () => {
    const groups = groupMetrics([
      caseWith('a', metric('tenaga-kerja', 'Tenaga kerja', 'orang', [11, 19], [200, 200])),
      caseWith('b', metric('tenaga-kerja', 'Pekerja sentra', 'orang', [50, 250])),
    ]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    // The labels differ, so the heading is the id they share, in words.
    expect(group?.label).toBe('Tenaga kerja');
    expect(group?.caseCount).toBe(2);
    expect(group?.scales.map((scale) => [scale.unit, scale.max, scale.entries.map((entry) => entry.slug)])).toEqual([
      ['orang', 250, ['a', 'b']],
    ]);
  });

  it('joins metrics by their label, whatever the case or spacing, when their ids differ', () => {
    const groups = groupMetrics([
      caseWith('a', metric('omzet', 'Omzet', 'rupiah-per-tahun', [1, 2])),
      caseWith('b', metric('penjualan', ' omzet ', 'rupiah-per-tahun', [3, 3])),
    ]);
    expect(groups.map((group) => [group.label, group.scales.length, group.caseCount])).toEqual([['Omzet', 1, 2]]);
  });

  it('gives each unit its own scale rather than forcing two units onto one', () => {
    const [group] = groupMetrics([
      caseWith('a', metric('produksi', 'Volume produksi', 'ton-per-tahun', [400, 700])),
      caseWith('b', metric('produksi', 'Produksi batik', 'potong-per-tahun', [5477, 5477])),
      caseWith('c', metric('produksi', 'Produk olahan ikan', 'ton-per-tahun', [60, 60])),
    ]);
    expect(group?.label).toBe('Produksi');
    expect(group?.scales.map((scale) => [scale.unit, scale.max, scale.entries.map((entry) => entry.slug)])).toEqual([
      ['ton-per-tahun', 700, ['a', 'c']],
      ['potong-per-tahun', 5477, ['b']],
    ]);
  });

  it('follows the links on: one shares an id with a second, the second a label with a third', () => {
    const groups = groupMetrics([
      caseWith('a', metric('pekerja', 'Pekerja', 'orang', [5, 5])),
      caseWith('b', metric('pekerja', 'Tenaga kerja', 'orang', [6, 6])),
      caseWith('c', metric('tenaga-kerja', 'Tenaga kerja', 'orang', [7, 7])),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.scales[0]?.entries.map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
  });

  it('keeps unrelated metrics apart, with the metrics more cases share first', () => {
    const groups = groupMetrics([
      caseWith('a', metric('ekspor', 'Ekspor', 'kontainer', [1, 1]), metric('omzet', 'Omzet', 'rupiah', [9, 9])),
      caseWith('b', metric('omzet', 'Omzet', 'rupiah', [4, 4]), metric('anggota', 'Anggota', 'orang', [2, 2])),
    ]);
    expect(groups.map((group) => [group.label, group.caseCount])).toEqual([
      ['Omzet', 2],
      ['Ekspor', 1],
      ['Anggota', 1],
    ]);
    // A metric only one case has still gets its own scale, from its own figures.
    expect(groups[1]?.scales[0]?.max).toBe(1);
  });

  it('has nothing to group for cases without figures, such as lessons', () => {
    expect(groupMetrics([caseWith('a'), caseWith('b')])).toEqual([]);
  });
});

describe('bars on a scale', () => {
  it('draws one number as a solid bar and a range as solid to its low end, lighter to its high end', () => {
    expect(barOf({ min: 200, max: 200 }, 250)).toEqual({ solid: 80, span: 0 });
    expect(barOf({ min: 11, max: 19 }, 200)).toEqual({ solid: 5.5, span: 4 });
    expect(barOf({ min: 0, max: 0 }, 0)).toEqual({ solid: 0, span: 0 });
  });
});

describe('the address of a comparison', () => {
  const known = new Set(['a', 'b', 'c', 'd']);
  const lookUp = (slug: string) => known.has(slug);

  it('reads the chosen cases in order, each once, from commas or repeated fields', () => {
    expect(requestedSlugs('?sentra=b,a,b')).toEqual(['b', 'a']);
    expect(requestedSlugs('?sentra=a&sentra=c')).toEqual(['a', 'c']);
    expect(requestedSlugs('?sentra= a ,,')).toEqual(['a']);
    expect(requestedSlugs('')).toEqual([]);
    expect(settleSelection(['b', 'a'], lookUp)).toEqual({ slugs: ['b', 'a'], unknown: [], dropped: [], pending: [] });
  });

  it('sets aside names of no case and cases beyond the third', () => {
    expect(settleSelection(requestedSlugs('?sentra=a,x,b,c,d'), lookUp)).toEqual({
      slugs: ['a', 'b', 'c'],
      unknown: ['x'],
      dropped: ['d'],
      pending: [],
    });
  });

  it('looks up only the cases it needs, and the next one where a name turns out to be no case', () => {
    // The page holds no list of cases: each is looked up in its own file, at most three at once.
    const answers = new Map<string, boolean>();
    const asked = ['a', 'x', 'b', 'c', 'd'];
    const settle = () => settleSelection(asked, (slug) => answers.get(slug));
    expect(settle()).toEqual({ slugs: [], unknown: [], dropped: [], pending: ['a', 'x', 'b'] });
    for (const slug of ['a', 'x', 'b']) answers.set(slug, known.has(slug));
    expect(settle()).toEqual({ slugs: ['a', 'b'], unknown: ['x'], dropped: [], pending: ['c'] });
    answers.set('c', true);
    // Three found: the fourth is left out without a look-up.
    expect(settle()).toEqual({ slugs: ['a', 'b', 'c'], unknown: ['x'], dropped: ['d'], pending: [] });
  });

  it('writes the address with plain commas, so it reads well when shared', () => {
    expect(selectionSearch(['a', 'b'])).toBe('?sentra=a,b');
    expect(selectionSearch([])).toBe('');
    expect(compareHref(['slag-aluminium-kendalsari-jombang'])).toBe(
      '/bandingkan/?sentra=slag-aluminium-kendalsari-jombang',
    );
  });
});

describe('a case as the comparison reads it', () => {
  let jombang: Sentra;
  beforeAll(async () => {
    jombang = await jombangData();
  });

  it('takes every figure, with its source numbers, from the case file', () => {
    const record = toCompareCase(entryOf('jombang', jombang), '2026-01');
    expect(record.place).toBe('Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur');
    expect(record.funding[0]?.amount).toBe('Rp20,4–26 miliar, dari laporan yang berbeda');
    const workers = record.metrics.find((item) => item.id === 'tenaga-kerja');
    expect(
      workers?.figures.map((figure) => [figure.label, figure.text, figure.min, figure.max, figure.sources]),
    ).toEqual([
      ['Sebelum', '11–19 orang', 11, 19, [1]],
      ['Sesudah', '200 orang', 200, 200, [1]],
    ]);
    expect(workers?.change).toBe('×10,5–×18,2');
    expect(record.status).toMatchObject({ text: 'Beroperasi · per April 2025', sources: [1, 4] });
    expect(record.status.evidence).toMatch(/^Bukti: (kuat|sedang|lemah) [●○]{3}$/);
    // Judged at a later build month, the same report reads as possibly out of date.
    expect(toCompareCase(entryOf('jombang', jombang), '2026-12').status.text).toBe(
      'Beroperasi · per April 2025 — mungkin sudah berubah',
    );
  });

  it('is drawn as a table with a column per case, its text escaped, and a lesson marked', () => {
    const lesson = { ...caseWith('b'), title: 'Sentra <b>B</b>', lesson: true, mark: 'Pelajaran, bukan kisah sukses' };
    const html = parse(renderComparison([caseWith('a'), lesson], 'uji', 'Uji'));
    expect(html.querySelectorAll('thead th').map((th) => th.getAttribute('data-sentra'))).toEqual(['a', 'b']);
    expect(html.querySelector('thead th[data-sentra=b] a')?.textContent).toBe('Sentra <b>B</b>');
    expect(html.querySelector('thead th[data-sentra=b]')?.textContent).toContain('Pelajaran, bukan kisah sukses');
    expect(html.querySelector('thead th[data-sentra=a]')?.textContent).not.toContain('Pelajaran');
  });
});

describe('what only some of the chosen cases report', () => {
  it('says once that only one case reports a figure, instead of a column of missing figures', () => {
    const turnover = metric('omzet', 'Omzet', 'rupiah-per-tahun', [1e9, 1e9]);
    const html = parse(renderComparison([caseWith('a', turnover), caseWith('b'), caseWith('c')], 'uji', 'Uji'));
    expect(html.textContent).toContain('Hanya a melaporkan angka ini.');
    expect(html.textContent).not.toContain('Tidak ada angka ini');
  });

  it('divides the money by the IKM served, ranges kept, and never calls it a cost per job', () => {
    const funding = [
      { scheme: 'dak-fisik-ikm', amount: { value: [4e9, 6e9], unit: 'rupiah', sources: ['S1'] }, sources: ['S1'] },
      { scheme: 'csr', amount: { value: 1e9, unit: 'rupiah-per-tahun', sources: ['S1'] }, sources: ['S1'] },
    ] as Sentra['funding'];
    expect(moneyPerIkmOf({ funding, ikmUnits: { value: [20, 25], sources: ['S1'] } })).toBe('Rp160–300 juta');
    expect(moneyPerIkmOf({ funding, ikmUnits: undefined })).toBeUndefined();
    // An awkward quotient is rounded outward to three significant digits, never inward.
    const odd = [
      { scheme: 'csr', amount: { value: 15_500_000_000, unit: 'rupiah', sources: ['S1'] }, sources: ['S1'] },
    ];
    expect(moneyPerIkmOf({ funding: odd as Sentra['funding'], ikmUnits: { value: [17, 17], sources: ['S1'] } })).toBe(
      'Rp911–912 juta',
    );
    const a = { ...caseWith('a'), moneyPerIkm: 'Rp160–300 juta' };
    const b = { ...caseWith('b'), moneyPerIkm: 'Rp50 juta' };
    const text = parse(renderComparison([a, b], 'uji', 'Uji')).textContent;
    expect(text).toContain('Dana per IKM');
    expect(text).toContain('bukan biaya per lapangan kerja');
    expect(parse(renderComparison([a, caseWith('b')], 'uji', 'Uji')).textContent).toContain(
      'Hanya a menyebut dana dan jumlah IKM',
    );
  });
});

describe('finding a case for the comparison by name or place', () => {
  const choices: Choice[] = [
    { slug: 'kopi-bangli', title: 'Kopi Catur Kintamani', place: 'Kabupaten Bangli, Bali', kind: 'kisah' },
    { slug: 'slag', title: 'Slag Aluminium Kendalsari', place: 'Kabupaten Jombang, Jawa Timur', kind: 'kisah' },
    {
      slug: 'kopi-meranti',
      title: 'Kopi Liberika Kedabu Rapat',
      place: 'Kabupaten Kepulauan Meranti, Riau',
      kind: 'kisah',
    },
    { slug: 'pasar-kopi', title: 'Gedung Promosi IKM', place: 'Kota Kopi, Maluku Utara', kind: 'pelajaran' },
  ];
  const slugsOf = (text: string, limit?: number) => matchChoices(choices, text, limit).choices.map((item) => item.slug);

  it('needs a word beginning with each word typed, in any case and without accents, in the name or the place', () => {
    expect(slugsOf('KOPI bangli')).toEqual(['kopi-bangli']);
    expect(slugsOf('Jómb')).toEqual(['slag']);
    expect(slugsOf('bang')).toEqual(['kopi-bangli']);
    expect(slugsOf('kopi jombang')).toEqual([]);
    expect(slugsOf('  ')).toEqual([]);
  });

  it('puts names that begin with the text first, then names that hold it, then places', () => {
    expect(slugsOf('kopi')).toEqual(['kopi-bangli', 'kopi-meranti', 'pasar-kopi']);
    expect(slugsOf('kintamani')).toEqual(['kopi-bangli']);
    expect(matchChoices(choices, 'kopi', 2)).toEqual({ total: 3, choices: [choices[0], choices[2]] });
  });
});

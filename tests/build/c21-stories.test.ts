import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// Issue 29: stories §21–§25 of the research notes (../shared/sources/stories.md), none of them DAK,
// published as success stories: each key figure as the built page writes it, and every version of
// each conflict the notes name.
const textOf = (slug: string) => readPage(`sentra/${slug}/index.html`).textContent.replace(/\s+/g, ' ');

const entries: [slug: string, schemes: string[], figures: string[]][] = [
  [
    'upt-logam-kota-yogyakarta',
    ['apbd'],
    ['200 buah/hari', '1.500 buah/hari', '12.000 buah/bulan', '36.000 buah/bulan', 'Rp6,5 miliar', '61 unit usaha'],
  ],
  [
    'koperasi-batur-jaya-ceper-klaten',
    ['kemenperin-tidak-disebut', 'csr'],
    ['200 buah/bulan', '102.565 potong/tahun', '4.500 orang', '4.000 orang'],
  ],
  [
    'tenun-ikat-bandar-kidul-kediri',
    ['bank-indonesia'],
    ['30–40 buah/hari', '70 buah/hari', '65 orang', '90 orang', 'Rp250 juta per bulan', 'Rp300 juta per bulan'],
  ],
  [
    'desa-devisa-tenun-wedani-gresik',
    ['lpei'],
    ['29 persen', '14 persen', 'Rp450 juta', '146.400 buah/bulan', 'angka dasarnya tidak disebut'],
  ],
  [
    'tenun-sumber-harapan-sambas',
    ['csr', 'lsm', 'kur', 'tidak-disebut'],
    ['270–300 orang', 'Rp155 juta', '10 unit usaha'],
  ],
];

describe('stories §21–§25', () => {
  it.each(entries)('%s is a success story funded outside DAK, with its key figures', (slug, schemes, figures) => {
    const data = readFrontmatter(`content/sentra/${slug}.mdx`) as { kind: string; funding: { scheme: string }[] };
    expect(data.kind).toBe('kisah');
    expect(data.funding.map((funding) => funding.scheme)).toEqual(schemes);
    const text = textOf(slug);
    expect(text).not.toContain('Pelajaran, bukan kisah sukses.');
    for (const figure of figures) expect(text).toContain(figure);
  });

  it('marks the Kediri figures of one firm as such', () => {
    expect(textOf('tenun-ikat-bandar-kidul-kediri').toLowerCase()).toContain('angka satu usaha');
  });

  it('keeps percentage-only figures without an invented baseline', () => {
    const data = readFrontmatter('content/sentra/desa-devisa-tenun-wedani-gresik.mdx') as {
      metrics: { id: string; before?: unknown; after: { unit: string } }[];
    };
    for (const id of ['kenaikan-penjualan', 'kenaikan-kapasitas']) {
      const metric = data.metrics.find((item) => item.id === id)!;
      expect(metric.before).toBeUndefined();
      expect(metric.after.unit).toBe('persen');
    }
  });
});

// Every conflict the notes name for §21–§25, each version as the page writes it.
const conflicts: [slug: string, what: string, versions: string[]][] = [
  ['upt-logam-kota-yogyakarta', 'pesanan sebelum pandemi', ['sekitar 4.000 per bulan', '3–4 ribu per bulan']],
  ['koperasi-batur-jaya-ceper-klaten', 'posisi PT TPR Indonesia', ['pemasok lapis pertama TMMIN', 'pemasok lapis dua']],
  ['koperasi-batur-jaya-ceper-klaten', 'jumlah usaha 2019', ['155 industri logam', '150 IKM']],
  ['koperasi-batur-jaya-ceper-klaten', 'anggota dan IKM', ['247 anggota koperasi', '168 IKM']],
  [
    'tenun-ikat-bandar-kidul-kediri',
    'pekerja Medali Mas',
    ['65 pekerja (2013)', '95 karyawan (2016)', '60 karyawan (Mei 2017)', '98 karyawan (Mei 2019)', '117 pekerja'],
  ],
  ['tenun-ikat-bandar-kidul-kediri', 'kenaikan pesanan Ramadan', ['naik 40%', 'sekitar 20%']],
  ['tenun-ikat-bandar-kidul-kediri', 'ejaan nama', ['Medali Emas', 'Siti Ruqoyah', 'Siti Rukayah']],
  [
    'desa-devisa-tenun-wedani-gresik',
    'jumlah penenun',
    ['1.500 penenun perempuan', '550 penenun di bawah koperasi', '60 perajin dan 1.500 pekerja'],
  ],
  ['desa-devisa-tenun-wedani-gresik', 'tanggal kunjungan gubernur', ['4 Februari 2022', '4 Januari 2022']],
  ['tenun-sumber-harapan-sambas', 'jumlah penenun', ['300 penenun aktif', '300 kepala keluarga', '270 perajin']],
  ['tenun-sumber-harapan-sambas', 'letak desa', ['Kecamatan Sejangkung', 'Kecamatan Sambas']],
  ['tenun-sumber-harapan-sambas', 'awal kebangkitan tenun', ['sejak 2008', 'mulai 2009']],
];

describe('conflicts in stories §21–§25', () => {
  it.each(conflicts)('%s shows every version of %s', (slug, _what, versions) => {
    const text = textOf(slug);
    for (const version of versions) expect(text).toContain(version);
  });
});

describe('figures the site must not turn into growth', () => {
  const metricOf = (slug: string, id: string) =>
    (readFrontmatter(`content/sentra/${slug}.mdx`) as { metrics: Record<string, any>[] }).metrics.find(
      (metric) => metric.id === id,
    )!;

  it('keeps the Klaten worker counts of 2017 and 2019 apart, as the notes ask', () => {
    expect(metricOf('koperasi-batur-jaya-ceper-klaten', 'tenaga-kerja').comparable).toBe(false);
  });

  it('marks the Kediri Ramadan month as a peak and every Medali Mas figure as one firm’s', () => {
    for (const id of ['pesanan-ramadan', 'omzet'])
      expect(metricOf('tenun-ikat-bandar-kidul-kediri', id).after.measure).toBe('puncak');
    for (const id of ['produksi-harian', 'tenaga-kerja', 'pesanan-ramadan', 'omzet'])
      expect(metricOf('tenun-ikat-bandar-kidul-kediri', id).scope).toBe('satu-usaha');
  });

  it('writes machine capacity as capacity', () => {
    expect(metricOf('upt-logam-kota-yogyakarta', 'kapasitas-mesin').after.measure).toBe('kapasitas');
    expect(metricOf('desa-devisa-tenun-wedani-gresik', 'kapasitas').after.measure).toBe('kapasitas');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { toFigureRows } from '../../src/lib/case/figure-rows';
import { toCaseRow, toOpenRecord, toSourceRows } from '../../src/lib/open-data/open-data';
import { caseTable, figureTable, sourceTable } from '../../src/lib/open-data/open-tables';
import type { SentraEntry } from '../../src/lib/case/sentra-types';
import { writeCsv } from '../../src/lib/open-data/table-schema';
import { readCsv } from '../support/csv';
import { entryOf, jombangData } from '../support/case-file';

const site = new URL('https://contoh.example/');
let jombang: SentraEntry;
beforeAll(async () => {
  jombang = entryOf('slag-aluminium-kendalsari-jombang', await jombangData());
});

describe('a case as a JSON record', () => {
  it('gives each case its place by name, its URL and derived growth', () => {
    const record = toOpenRecord(jombang, site);
    expect(record.url).toBe('https://contoh.example/sentra/slag-aluminium-kendalsari-jombang/');
    expect(record.place.text).toBe('Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur');
    expect(record.metrics.find((metric) => metric.id === 'omzet')?.growth).toEqual({ min: 5, max: 10 });
  });
});

describe('a case as rows of angka.csv', () => {
  it('writes every figure with its bounds, unit, year, wording and source addresses', () => {
    const rows = toFigureRows(jombang);
    const workersBefore = rows.find((row) => row.butir === 'tenaga-kerja' && row.peran === 'sebelum');
    expect(workersBefore).toMatchObject({
      sentra: 'slag-aluminium-kendalsari-jombang',
      jenis: 'kisah',
      bagian: 'metrik',
      nama: 'Tenaga kerja',
      min: 11,
      maks: 19,
      satuan: 'orang',
      kata_sumber: 'belasan',
      lebih_baik: 'higher',
      sumber_id: 'S1.1',
      sumber: jombang.data.sources[0]?.url,
    });
    expect(workersBefore?.catatan).toMatch(/belasan/);
  });

  it('starts with the count of IKM and ends with the funding, in the order of the page', () => {
    const rows = toFigureRows(jombang);
    expect(rows[0]).toMatchObject({ bagian: 'jumlah-ikm', peran: 'jumlah', min: 25, maks: 25, satuan: 'unit-usaha' });
    expect(rows.at(-1)?.bagian).toBe('pendanaan');
    expect(rows.map((row) => row.bagian)).toEqual([...rows.map((row) => row.bagian)].sort(bySection));
  });

  it('gives each report of a disputed figure its own numbered row after the figure that spans them', () => {
    const dak = toFigureRows(jombang).filter((row) => row.bagian === 'pendanaan');
    expect(dak.map((row) => [row.laporan, row.min, row.maks, row.sumber_id])).toEqual([
      [undefined, 20_400_000_000, 26_000_000_000, 'S1.6 S1.7 S1.8'],
      [1, 20_400_000_000, 20_400_000_000, 'S1.6'],
      [2, 25_600_000_000, 25_600_000_000, 'S1.7'],
      [3, 26_000_000_000, 26_000_000_000, 'S1.8'],
    ]);
    // The sources give no budget year for Kendalsari's DAK (it was built in 2022), so the column is empty.
    expect(dak.every((row) => row.tahun_anggaran === undefined && row.peran === 'nilai')).toBe(true);
  });

  it('writes the planned, realised and dated figures with what they are', () => {
    const data = structuredClone(jombang.data);
    const [workers] = data.metrics;
    workers!.planned = { value: 300, unit: 'orang', year: 2021, sources: ['S1.1'] };
    data.funding[0]!.realised = { value: 19_000_000_000, unit: 'rupiah', sources: ['S1.7'] };
    data.metrics.push({
      id: 'deret',
      label: 'Omzet koperasi',
      better: 'higher',
      scope: 'sentra',
      comparable: true,
      series: ['2020', '2021', '2022-06'].map((date, index) => ({
        date,
        value: index + 1,
        unit: 'rupiah',
        sources: ['S1.1'],
      })),
    });
    const rows = toFigureRows(entryOf('x', data));
    expect(rows.find((row) => row.peran === 'rencana')).toMatchObject({ min: 300, tahun: 2021 });
    expect(rows.find((row) => row.peran === 'realisasi')).toMatchObject({ min: 19_000_000_000, bagian: 'pendanaan' });
    expect(rows.filter((row) => row.peran === 'deret').map((row) => row.tanggal)).toEqual(['2020', '2021', '2022-06']);
  });

  it('keeps lessons, marked as such', () => {
    const lesson = entryOf('x', { ...jombang.data, kind: 'pelajaran' });
    expect(new Set(toFigureRows(lesson).map((row) => row.jenis))).toEqual(new Set(['pelajaran']));
    expect(toCaseRow(lesson, site).jenis).toBe('pelajaran');
  });
});

describe('a case as a row of sentra.csv and rows of sumber.csv', () => {
  it('names the place at every level the code gives, with both codes', () => {
    expect(toCaseRow(jombang, site)).toMatchObject({
      kode_wilayah: '35.17.11.2016',
      kode_provinsi: '35',
      provinsi: 'Jawa Timur',
      kabupaten_kota: 'Kabupaten Jombang',
      kecamatan: 'Sumobito',
      desa_kelurahan: 'Kendalsari',
      jumlah_ikm_min: 25,
      jumlah_ikm_maks: 25,
      skema_pendanaan: 'dak-fisik-ikm',
    });
  });

  it('lists every source in page order', () => {
    const rows = toSourceRows(jombang);
    expect(rows.map((row) => row.id)).toEqual(jombang.data.sources.map((source) => source.id));
    expect(rows[0]).toMatchObject({
      penerbit: 'Warta Ekonomi',
      tanggal_perkiraan: true,
      jenis_sumber: 'resmi-via-pers',
    });
  });
});

describe('CSV written with csv-stringify', () => {
  it('has the fields as its header and reads back cell for cell', () => {
    const rows = toFigureRows(jombang);
    const { header, rows: read } = readCsv(writeCsv(figureTable, rows));
    expect(header).toEqual(figureTable.fields.map((field) => field.name));
    expect(read).toHaveLength(rows.length);
    expect(read[1]).toMatchObject({ min: '11', maks: '19', laporan: '', tahun: '' });
  });

  it('quotes commas, quotes and line breaks, and writes booleans and missing values plainly', () => {
    const row = { ...toCaseRow(jombang, site), judul: 'kata "x", y\nbaris dua', produk: undefined };
    const text = writeCsv(caseTable, [row]);
    expect(text).toContain('"kata ""x"", y\nbaris dua"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text).rows[0]).toMatchObject({ judul: 'kata "x", y\nbaris dua', produk: '' });
    const sources = readCsv(writeCsv(sourceTable, toSourceRows(jombang))).rows;
    expect(sources.slice(0, 2).map((source) => source.tanggal_perkiraan)).toEqual(['true', 'false']);
  });
});

function bySection(a: string, b: string): number {
  const order = ['jumlah-ikm', 'metrik', 'pendanaan'];
  return order.indexOf(a) - order.indexOf(b);
}

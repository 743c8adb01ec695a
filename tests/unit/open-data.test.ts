import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/lib/area';
import { toCsv, toMetricRows, toOpenRecord } from '../../src/lib/open-data';
import type { SentraEntry } from '../../src/lib/sentra-types';
import { entryOf, jombangData } from '../support/case-file';

let jombang: SentraEntry;
beforeAll(async () => {
  jombang = entryOf('slag-aluminium-kendalsari-jombang', await jombangData());
});

describe('open data', () => {
  it('gives each case its place by name, its URL and derived growth', async () => {
    const record = toOpenRecord(jombang, await getAreaIndex(), new URL('https://contoh.example/'));
    expect(record.url).toBe('https://contoh.example/sentra/slag-aluminium-kendalsari-jombang/');
    expect(record.place.text).toBe('Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur');
    expect(record.metrics.find((metric) => metric.id === 'omzet')?.growth).toEqual({ min: 5, max: 10 });
  });

  it('flattens every figure into a row with its bounds and source URLs', () => {
    const rows = toMetricRows([jombang]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      sentra: 'slag-aluminium-kendalsari-jombang',
      metrik: 'tenaga-kerja',
      periode: 'sebelum',
      min: '11',
      maks: '19',
      satuan: 'orang',
      kata_sumber: 'belasan',
      sumber: jombang.data.sources[0]?.url,
    });
  });

  it('writes CSV that quotes commas and quotes', () => {
    const row = {
      sentra: 'a',
      metrik: 'b',
      periode: 'sebelum',
      min: '1',
      maks: '2',
      satuan: 'orang',
      kata_sumber: 'kata "x", y',
      sumber: 'u',
    };
    expect(toCsv([row])).toBe(
      'sentra,metrik,periode,min,maks,satuan,kata_sumber,sumber\r\na,b,sebelum,1,2,orang,"kata ""x"", y",u\r\n',
    );
  });
});

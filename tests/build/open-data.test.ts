import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/lib/case/quantity-format';
import { createAjv } from '../support/ajv';
import { distDir } from '../support/astro-build';
import { readCsv } from '../support/csv';
import { readPage } from '../support/dist';
import { checkRows } from '../support/table-check';

const dataDir = join(distDir, 'data');
const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');
const descriptor = JSON.parse(read('datapackage.json'));
const caseSchema = JSON.parse(read('sentra.schema.json'));
const { sentra: records } = JSON.parse(read('sentra.json')) as { sentra: any[] };
const tables = Object.fromEntries(
  ['sentra', 'angka', 'sumber'].map((name) => [name, readCsv(read(`${name}.csv`)).rows]),
) as Record<'sentra' | 'angka' | 'sumber', Record<string, string>[]>;
const caseIds = records.map((record) => record.id);
const pageText = (id: string) => readPage(`sentra/${id}/index.html`).textContent.replace(/\s+/g, ' ');

/** A resource's Table Schema, inline or in the file it names. */
function tableSchemaOf(resource: { schema: unknown }) {
  return typeof resource.schema === 'string' ? JSON.parse(read(resource.schema)) : resource.schema;
}

describe('the JSON files', () => {
  it('hold every case, each valid against the JSON Schema served beside them', () => {
    expect(caseIds.length).toBeGreaterThanOrEqual(15);
    const validate = createAjv().compile(caseSchema);
    for (const record of records)
      expect(validate(record), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('give each case its own file, the same record as in the file of all cases', () => {
    for (const record of records) expect(JSON.parse(read(`sentra/${record.id}.json`))).toEqual(record);
  });

  it('include the lessons, marked as such', () => {
    const lessons = records.filter((record) => record.kind === 'pelajaran').map((record) => record.id);
    expect(lessons.length).toBeGreaterThan(0);
    expect(tables.sentra.filter((row) => row.jenis === 'pelajaran').map((row) => row.sentra)).toEqual(lessons);
  });
});

describe('datapackage.json', () => {
  it('describes files that exist, JSON with its JSON Schema and CSV with its fields', () => {
    for (const resource of descriptor.resources) {
      expect(existsSync(join(dataDir, resource.path)), resource.path).toBe(true);
      if (resource.format === 'json') expect(resource.jsonSchema, resource.name).toBeDefined();
      else expect(tableSchemaOf(resource).fields.length, resource.name).toBeGreaterThan(5);
    }
    const paths = descriptor.resources.map((resource: { path: string }) => resource.path);
    for (const id of caseIds) expect(paths).toEqual(expect.arrayContaining([`sentra/${id}.json`, `sentra/${id}.csv`]));
  });

  it.each(['sentra.csv', 'angka.csv', 'sumber.csv', 'sentra/slag-aluminium-kendalsari-jombang.csv'])(
    '%s has the fields of its resource, each cell valid for its field',
    (path) => {
      const resource = descriptor.resources.find((item: { path: string }) => item.path === path);
      const { fields } = tableSchemaOf(resource);
      const { header, rows } = readCsv(read(path));
      expect(header).toEqual(fields.map((field: { name: string }) => field.name));
      expect(rows.length).toBeGreaterThan(0);
      expect(checkRows(fields, rows)).toEqual([]);
    },
  );

  it('keys hold: one row per case and per source, every figure and source tied to a case', () => {
    expect(tables.sentra.map((row) => row.sentra)).toEqual(caseIds);
    const sourceKeys = tables.sumber.map((row) => `${row.sentra} ${row.id}`);
    expect(new Set(sourceKeys).size).toBe(sourceKeys.length);
    for (const row of [...tables.angka, ...tables.sumber]) expect(caseIds).toContain(row.sentra);
  });

  it('states the licence of the content and of the place names', () => {
    expect(descriptor.licenses.map((licence: { name: string }) => licence.name)).toEqual(['CC-BY-4.0', 'ODbL-1.0']);
  });
});

describe('the data files hold the figures of the case pages', () => {
  it('the Jombang omzet and workers, range for range, as on its page', () => {
    const rows = tables.angka.filter((row) => row.sentra === 'slag-aluminium-kendalsari-jombang' && !row.laporan);
    const figure = (butir: string, peran: string) => rows.find((row) => row.butir === butir && row.peran === peran);
    expect(figure('omzet', 'sesudah')).toMatchObject({
      min: '1500000000',
      maks: '2000000000',
      satuan: 'rupiah-per-tahun',
    });
    expect(figure('tenaga-kerja', 'sebelum')).toMatchObject({ min: '11', maks: '19', kata_sumber: 'belasan' });
    expect(figure('dak-fisik-ikm', 'nilai')).toMatchObject({ min: '20400000000', maks: '26000000000' });
    const text = pageText('slag-aluminium-kendalsari-jombang');
    for (const shown of ['Rp1,5–2 miliar per tahun', '11–19 orang', '“belasan”', 'Rp20,4–26 miliar', '×5–×10']) {
      expect(text).toContain(shown);
    }
    const omzet = records.find((record) => record.id === 'slag-aluminium-kendalsari-jombang').metrics[1];
    expect(omzet).toMatchObject({ id: 'omzet', growth: { min: 5, max: 10 } });
  });

  it('every figure of angka.csv, written the site’s way, is on its case page', () => {
    const missing = tables.angka.flatMap((row) => {
      const shown = formatAmount([Number(row.min), Number(row.maks)], row.satuan as never);
      return pageText(row.sentra!).includes(shown) ? [] : [`${row.sentra} ${row.butir} ${row.peran}: ${shown}`];
    });
    expect(tables.angka.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('every case row names the place, the managing body and the sources its page shows', () => {
    for (const row of tables.sentra) {
      const text = pageText(row.sentra!);
      expect(text, row.sentra).toContain(row.lokasi);
      expect(text, row.sentra).toContain(row.pengelola);
      expect(text, row.sentra).toContain(row.judul);
    }
    for (const row of tables.sumber) {
      const page = readPage(`sentra/${row.sentra}/index.html`);
      expect(page.querySelector(`#sumber ~ ol a[href="${row.url}"]`), `${row.sentra} ${row.id}`).not.toBeNull();
    }
  });
});

describe('the pages', () => {
  it('link every case to its own record, JSON and CSV', () => {
    for (const id of caseIds) {
      const page = readPage(`sentra/${id}/index.html`);
      for (const path of [`/data/sentra/${id}.json`, `/data/sentra/${id}.csv`]) {
        expect(page.querySelector(`a[href="${path}"]`), `${id} → ${path}`).not.toBeNull();
      }
      expect(pageText(id)).toContain('catatan lengkap (JSON) dan semua angkanya (CSV)');
    }
  });

  it('/data/ links every file of all cases and states both licences', () => {
    const page = readPage('data/index.html');
    const links = page.querySelectorAll('a').map((link) => link.getAttribute('href'));
    for (const file of [
      'sentra.json',
      'sentra.csv',
      'angka.csv',
      'sumber.csv',
      'sentra.schema.json',
      'datapackage.json',
    ]) {
      expect(links).toContain(`/data/${file}`);
    }
    expect(links).toContain('https://creativecommons.org/licenses/by/4.0/deed.id');
    expect(links).toContain('https://opendatacommons.org/licenses/odbl/1-0/');
    const text = page.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('berlisensi Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)');
    expect(text).toContain('dari paket idn-area-data, yang datanya berlisensi Open Database License (ODbL) 1.0');
  });
});

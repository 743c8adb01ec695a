import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';
import { validateBody, validateCase } from '../support/validate-case';
import { getAreaIndex } from '../../src/place/area';
import { jombangFile, readFrontmatter } from '../support/case-file';

let schema: SentraSchema;
beforeAll(async () => {
  schema = createSentraSchema(await getAreaIndex());
});

const file = 'content/sentra/contoh.mdx';

/** The Jombang case with one change made by `edit`, as a broken case an editor might commit. */
function broken(edit: (data: any) => void): Record<string, unknown> {
  const data = structuredClone(readFrontmatter(jombangFile));
  edit(data);
  return data;
}

async function messageOf(data: unknown): Promise<string> {
  return validateCase(schema, data, file).then(
    () => 'valid',
    (error: Error) => error.message,
  );
}

describe('the case schema', () => {
  it('accepts the Jombang case', async () => {
    const data = await validateCase(schema, readFrontmatter(jombangFile), jombangFile);
    expect(data.areaCode).toBe('35.17.11.2016');
    expect(data.metrics.map((metric) => metric.id)).toEqual(['tenaga-kerja', 'omzet', 'produksi']);
    expect(data.sources[0]?.date).toBe('2025-03-28');
  });

  it('rejects an unknown kode wilayah', async () => {
    expect(await messageOf(broken((d) => (d.areaCode = '35.17.11.2999')))).toBe(
      `${file} → areaCode: ditemukan "35.17.11.2999"; seharusnya kode wilayah yang ada dalam daftar resmi Kemendagri (paket idn-area-data).`,
    );
  });

  it('rejects a kode wilayah that is not shaped like one', async () => {
    expect(await messageOf(broken((d) => (d.areaCode = 'Jombang')))).toBe(
      `${file} → areaCode: ditemukan "Jombang"; seharusnya kode wilayah Kemendagri seperti "35.17.11.2016".`,
    );
  });

  it('rejects a value outside a vocabulary', async () => {
    expect(await messageOf(broken((d) => (d.status.value = 'aktif')))).toBe(
      `${file} → status.value: ditemukan "aktif"; seharusnya salah satu dari: beroperasi, beroperasi-di-bawah-rencana, sebagian-besar-menganggur, dibangun, diresmikan, belum-dimanfaatkan, berhenti.`,
    );
  });

  it('rejects a negative amount', async () => {
    expect(await messageOf(broken((d) => (d.funding[0].amount.reports[0].value = -20400000000)))).toBe(
      `${file} → funding[0].amount.reports[0].value: ditemukan -20400000000; seharusnya angka 0 atau lebih.`,
    );
  });

  it('rejects a range whose min exceeds its max', async () => {
    expect(await messageOf(broken((d) => (d.metrics[1].before.value = [300000000, 200000000])))).toBe(
      `${file} → metrics[1].before.value: ditemukan [300000000, 200000000]; seharusnya rentang [min, max] dengan min tidak lebih besar dari max.`,
    );
  });

  it('rejects a metric whose before and after units differ', async () => {
    expect(await messageOf(broken((d) => (d.metrics[2].after.unit = 'ton-per-bulan')))).toBe(
      `${file} → metrics[2].after.unit: ditemukan "ton-per-bulan"; seharusnya satuan yang sama dengan "before" ("ton-per-tahun"), agar pertumbuhan dapat dihitung.`,
    );
  });

  it('rejects a figure citing a source id the case does not define', async () => {
    expect(await messageOf(broken((d) => (d.metrics[0].after.sources = ['S1.4'])))).toBe(
      `${file} → metrics[0].after.sources[0]: ditemukan "S1.4"; seharusnya id sumber yang didefinisikan di "sources" (S1.1, S1.2, S1.3, S1.5, S1.6, S1.7, S1.8, S1.9, S1.10).`,
    );
  });

  it('rejects a note citing a source id the case does not define', async () => {
    const message = await messageOf(broken((d) => (d.metrics[1].note = 'Per tahun menurut [S9].')));
    expect(message).toBe(
      `${file} → metrics[1].note: ditemukan "Per tahun menurut [S9]."; seharusnya id sumber yang didefinisikan di "sources" (S1.1, S1.2, S1.3, S1.5, S1.6, S1.7, S1.8, S1.9, S1.10).`,
    );
  });

  it('rejects a missing required field', async () => {
    expect(await messageOf(broken((d) => delete d.managingBody))).toBe(
      `${file} → managingBody: ditemukan (tidak ada); seharusnya kolom wajib ini diisi (kumpulan kolom).`,
    );
  });

  it('rejects a field the schema does not know, such as a typo', async () => {
    expect(await messageOf(broken((d) => (d.sumary = 'Ringkasan')))).toBe(
      `${file} → sumary: ditemukan "Ringkasan"; seharusnya hanya kolom yang dikenal skema (lihat content/README.md); tidak dikenal: sumary.`,
    );
  });

  it('rejects a summary longer than 200 characters, citations not counted', async () => {
    const long = `${'a'.repeat(200)} [S1.1]`;
    expect(await messageOf(broken((d) => (d.summary = long)))).toBe('valid');
    expect(await messageOf(broken((d) => (d.summary = `${long}b`)))).toBe(
      `${file} → summary: ditemukan "${long}b"; seharusnya paling banyak 200 karakter, tanpa menghitung sitasi.`,
    );
  });

  it('rejects two sources with one id', async () => {
    const message = await messageOf(broken((d) => d.sources.push({ ...d.sources[8] })));
    expect(message).toBe(
      `${file} → sources[9].id: ditemukan "S1.10"; seharusnya id sumber yang belum dipakai sumber lain.`,
    );
  });

  it('names every wrong field in one message, one line each', async () => {
    const message = await messageOf(
      broken((d) => {
        d.sector = 'baja';
        d.ikmUnits.value = 0;
      }),
    );
    expect(message.split('\n')).toEqual([
      `${file} → sector: ditemukan "baja"; seharusnya salah satu dari: logam, tekstil-batik, kulit-alas-kaki, keramik-gerabah, pangan-minuman, olahan-ikan, kopi, gula-kelapa, olahan-kelapa, olahan-hortikultura, kayu-bambu, kerajinan, minyak-atsiri, tidak-dirinci, rempah.`,
      `${file} → ikmUnits.value: ditemukan 0; seharusnya angka lebih dari 0.`,
    ]);
  });
});

describe('dates in a case', () => {
  it('takes an unquoted year as the year', async () => {
    const data = await validateCase(
      schema,
      broken((d) => (d.timeline[0].date = 1970)),
      file,
    );
    expect(data.timeline[0]?.date).toBe('1970');
  });

  it('takes an unquoted full date, which YAML reads as a Date, as that day', async () => {
    const data = await validateCase(
      schema,
      broken((d) => (d.lastVerified = new Date('2026-11-23'))),
      file,
    );
    expect(data.lastVerified).toBe('2026-11-23');
  });

  it('rejects a month that does not exist', async () => {
    expect(await messageOf(broken((d) => (d.timeline[0].date = '1970-13')))).toBe(
      `${file} → timeline[0].date: ditemukan "1970-13"; seharusnya tanggal berbentuk "YYYY", "YYYY-MM" atau "YYYY-MM-DD".`,
    );
  });
});

describe('citations in the story body', () => {
  const ids = ['S1.1', 'S1.5'];

  it('accepts <Ref> to defined sources', () => {
    expect(() => validateBody('Omzet naik<Ref id="S1.1" />, per tahun<Ref id=\'S1.5\' />.', ids, file)).not.toThrow();
  });

  it('rejects a <Ref> to a source the case does not define, naming the file', () => {
    expect(() => validateBody('Lihat <Ref id="S1.4" />.', ids, file)).toThrow(
      `${file}:1 → isi <Ref id="S1.4" />: ditemukan "S1.4"; seharusnya id sumber yang didefinisikan di "sources" (S1.1, S1.5).`,
    );
  });

  it('passes the real Jombang story', async () => {
    const data = await validateCase(schema, readFrontmatter(jombangFile), jombangFile);
    const body = readFileSync(jombangFile, 'utf8');
    expect(body).toContain('<Ref id=');
    expect(() =>
      validateBody(
        body,
        data.sources.map((source) => source.id),
        jombangFile,
      ),
    ).not.toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceIdsOf } from '../../src/content-check/case-check';
import { checkCaseText } from '../../src/content-check/case-text';
import { todayInIndonesia } from '../../src/format/date-format';
import { getAreaIndex } from '../../src/place/area';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';

// What YAML reads differently from what the editor wrote is refused with the text as written, or
// published as written: never published as YAML misread it.
const valid = readFileSync('tests/fixtures/valid-case.mdx', 'utf8');
let schema: SentraSchema;
beforeAll(async () => {
  schema = createSentraSchema(await getAreaIndex());
});

const check = (from: string, to: string) => {
  expect(valid).toContain(from);
  return checkCaseText(schema, valid.replace(from, to), 'kasus.mdx', sourceIdsOf);
};
const amountLine = '      value: 20400000000';

describe('a number with a dot', () => {
  it('is refused when the dot may be a thousands separator, in a range too, saying how to write each reading', async () => {
    const { problems } = await check(amountLine, '      value: [1.500, 2.000]');
    expect(problems).toEqual([
      'kasus.mdx:18 → funding[0].amount.value: ditemukan ["1.500", "2.000"]; seharusnya 1500 bila titiknya pemisah ribuan, atau 1.5 bila maksudnya 1,5; YAML membaca "1.500" sebagai pecahan, jadi angka di frontmatter ditulis tanpa titik ribuan.',
    ]);
    const { problems: exact } = await check(amountLine, '      value: 1.125');
    expect(exact[0]).toContain('1125 bila titiknya pemisah ribuan, atau 1.1250 bila maksudnya 1,125 (nol tambahan');
  });

  it('is read as written where it cannot be a thousands separator', async () => {
    for (const value of ['0.125', '12.5', '1750', '1.1250', '1234.567']) {
      const { data, problems } = await check(amountLine, `      value: ${value}`);
      expect(problems, value).toEqual([]);
      expect(data?.funding[0]?.amount?.value, value).toBe(Number(value));
    }
  });

  it('is text where the field is text, kept as written', async () => {
    const { data, problems } = await check('    text: Pembangunan ditinjau.', '    text: 1.750');
    expect(problems).toEqual([]);
    expect(data?.timeline[0]?.text).toBe('1.750');
  });
});

describe('a date', () => {
  it('that the calendar does not have is refused, quoted or not, instead of moving to the next month', async () => {
    for (const written of ["'2024-02-30'", '2024-02-30']) {
      const { problems } = await check("  - date: '2022-07-28'", `  - date: ${written}`);
      expect(problems).toEqual([
        'kasus.mdx:34 → timeline[0].date: ditemukan "2024-02-30"; seharusnya tanggal yang ada di kalender: Februari 2024 hanya sampai tanggal 29.',
      ]);
    }
    const { problems } = await check("  - date: '2022-07-28'", '  - date: 2024-13-01');
    expect(problems).toEqual([
      'kasus.mdx:34 → timeline[0].date: ditemukan "2024-13-01"; seharusnya tanggal berbentuk "YYYY", "YYYY-MM" atau "YYYY-MM-DD".',
    ]);
  });

  it('that exists is accepted, a leap day included', async () => {
    const { data, problems } = await check("  - date: '2022-07-28'", '  - date: 2024-02-29');
    expect(problems).toEqual([]);
    expect(data?.timeline[0]?.date).toBe('2024-02-29');
  });

  it('of the last check may be today in Indonesia, not a later day', async () => {
    const today = todayInIndonesia();
    expect((await check("lastVerified: '2026-11-28'", `lastVerified: '${today}'`)).problems).toEqual([]);
    const tomorrow = todayInIndonesia(Date.now() + 86_400_000);
    expect((await check("lastVerified: '2026-11-28'", `lastVerified: '${tomorrow}'`)).problems).toEqual([
      `kasus.mdx:13 → lastVerified: ditemukan "${tomorrow}"; seharusnya hari ini atau tanggal yang sudah lewat: hari terakhir faktanya dicocokkan dengan sumbernya.`,
    ]);
  });

  it('today is the day in WIT, the easternmost zone, whatever the machine’s zone', () => {
    expect(todayInIndonesia(Date.parse('2026-12-06T14:59:00Z'))).toBe('2026-12-06');
    expect(todayInIndonesia(Date.parse('2026-12-06T15:00:00Z'))).toBe('2026-12-07');
  });
});

describe('a source address', () => {
  it('with a space anywhere is refused, in the host too', async () => {
    const { problems } = await check('url: https://example.org/berita', 'url: https://exa mple.org/berita');
    expect(problems).toEqual([
      'kasus.mdx:50 → sources[0].url: ditemukan "https://exa mple.org/berita"; seharusnya alamat tanpa spasi: salin ulang alamatnya dari peramban, atau tulis %20 untuk spasi yang memang bagian dari alamat.',
    ]);
  });
});

describe('a tab in the frontmatter', () => {
  it('is named at its line wherever it indents, the message the build and the dev overlay give too', async () => {
    const { problems } = await check('  - step: klaster-produsen', '  -\tstep: klaster-produsen');
    expect(problems).toEqual([
      'kasus.mdx:42 → frontmatter: ditemukan tab untuk indentasi; seharusnya spasi (dua untuk setiap tingkat), karena YAML tidak menerima tab.',
    ]);
  });
});

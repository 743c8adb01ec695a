import { parseFrontmatter } from 'astro/markdown';
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/place/area';
import { renderCaseTemplate, type NewCase } from '../../src/lib/editor/case-template';
import { findPlaceholders, placeholderMark } from '../../src/lib/editor/placeholders';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { yamlText } from '../../src/format/yaml-scalar';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';
import { validateBody, validateCase } from '../support/validate-case';

const minimal: NewCase = {
  title: 'Sentra IKM Slag Aluminium Kendalsari',
  areaCode: '35.17.11.2016',
  placeLabel: 'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur',
  sector: 'logam',
  scheme: 'dak-fisik-ikm',
  source: { url: 'https://radarjombang.jawapos.com/berita/1', publisher: 'Jawa Pos Radar Jombang' },
  today: '2026-11-28',
};
const full: NewCase = {
  ...minimal,
  title: 'Sentra "Batik": Kedungsari #1',
  source: { ...minimal.source, title: 'Judul: dengan titik dua', date: '2025-04-07', kind: 'resmi' },
};

let schema: SentraSchema;
beforeAll(async () => {
  schema = createSentraSchema(await getAreaIndex());
});

async function validated(text: string): Promise<Sentra> {
  const data = (await validateCase(schema, parseFrontmatter(text).frontmatter, 'baru.mdx')) as Sentra;
  validateBody(
    text,
    data.sources.map((source) => source.id),
    'baru.mdx',
  );
  return data;
}

describe('renderCaseTemplate', () => {
  it.each([
    ['only what is required', minimal],
    ['every answer, with characters YAML treats specially', full],
  ])('writes a case the real schema accepts, from %s', async (_name, input) => {
    const data = await validated(renderCaseTemplate(input));
    expect(data.title).toBe(input.title);
    expect(data.areaCode).toBe(input.areaCode);
    expect(data.sources[0]).toMatchObject({ id: 'S1', ...input.source });
  });

  it('invents no figure: no metric, no count of IKM, no amount or year of funding', async () => {
    const data = await validated(renderCaseTemplate(full));
    expect(data.metrics).toEqual([]);
    expect(data.ikmUnits).toBeUndefined();
    expect(data.funding).toEqual([{ scheme: 'dak-fisik-ikm', sources: ['S1'] }]);
    // Without a metric only a lesson is valid; it is marked so that the editor decides.
    expect(data.kind).toBe('pelajaran');
  });

  it('marks each fact the editor still has to give, and leaves a known source kind unmarked', () => {
    const marked = (input: NewCase) => findPlaceholders(renderCaseTemplate(input)).map((line) => line.text);
    expect(marked(minimal)).toContain(`kind: pers # ${placeholderMark}: resmi, resmi-via-pers, pers atau rendah?`);
    expect(marked(full).some((line) => line.startsWith('kind: resmi'))).toBe(false);
    // Nothing the editor has not confirmed goes unmarked: the day of the check, a factor's kind and
    // a replication step are choices the template makes only so that the file is valid.
    const fields = ['kind: pelajaran', 'summary:', 'name:', 'value: beroperasi', 'asOf:', 'lastVerified:'];
    for (const field of [...fields, '- kind: kunci', '- step:', 'text:', '## ']) {
      expect(marked(full).some((line) => line.startsWith(field))).toBe(true);
    }
  });

  it('writes or shows by example every field of the case schema, with a comment', () => {
    const text = renderCaseTemplate(minimal);
    const fields = Object.keys(schema.shape);
    expect(fields.length).toBeGreaterThan(15);
    expect(fields.filter((field) => !new RegExp(`^# ${field}\\b`, 'm').test(text))).toEqual([]);
    expect(fields.filter((field) => !new RegExp(`^(# )?${field}:`, 'm').test(text))).toEqual([]);
  });

  it('writes the place in full beside its code, and the source date as the status date', async () => {
    const text = renderCaseTemplate(full);
    expect(text).toContain(`# ${minimal.placeLabel}.\nareaCode: '35.17.11.2016'`);
    expect((await validated(text)).status.asOf).toBe('2025-04-07');
    expect((await validated(renderCaseTemplate(minimal))).status.asOf).toBe('2026');
  });
});

describe('yamlText', () => {
  it.each([
    'Sentra "Batik": Kedungsari #1',
    "Kopi 'Arabika' Gayo",
    'a: b',
    'a #b',
    'selesai:',
    '2024',
    '1.5',
    'true',
    'No',
    'null',
    '- daftar',
    '[S1] teks',
    '{kurung}',
    ' spasi di depan',
    'spasi di belakang ',
    'tab\tdi tengah',
    '@akun',
    '*tebal*',
    '&jangkar',
    '!tag',
    '%persen',
    '|pipa',
    '>lebih',
    'Ünïcödé Ñusantara',
    'https://contoh.go.id/berita?id=1#bagian',
  ])('%j reads back as the same text', (value) => {
    const { frontmatter } = parseFrontmatter(`---\ntitle: ${yamlText(value)}\n---\n`);
    expect(frontmatter.title).toBe(value);
  });

  it('leaves plain titles and addresses bare, as editors write them', () => {
    expect(yamlText('Sentra IKM Slag Aluminium Kendalsari')).toBe('Sentra IKM Slag Aluminium Kendalsari');
    expect(yamlText('https://majanews.com/?p=9536')).toBe('https://majanews.com/?p=9536');
  });
});

describe('findPlaceholders', () => {
  it('gives the line of each mark, in Windows line ends too', () => {
    const text = `---\r\ntitle: x\r\nsummary: '${placeholderMark}: …'\r\n---\r\n\r\n${placeholderMark}: cerita\r\n`;
    expect(findPlaceholders(text).map((found) => found.line)).toEqual([3, 6]);
  });

  // The guard that keeps a scaffolded case from being published before it is filled in.
  const dir = process.env.CASES_DIR ?? 'content/sentra';
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  it.each(files)(`${dir}/%s carries no "${placeholderMark}" left by npm run new`, (name) => {
    const left = findPlaceholders(readFileSync(`${dir}/${name}`, 'utf8')).map(
      (found) => `${found.line}: ${found.text}`,
    );
    expect(left).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fundingSchemes } from '../../src/vocabulary/funding-schemes';
import { readFrontmatter } from '../support/case-file';

// Issues 28 and 29: rules of truth that the schema cannot see, held over every entry and guide.
// (1) Quotation marks only around a real short quote that the research notes give in quotation
//     marks: each allowed quote is listed below with the file it is in and the source that says it.
// (2) A citation is never doubled: no <Ref> twice in a row (with or without punctuation between),
//     and no text that the site follows with its own sources (a guide's step, a timeline event)
//     writing those citations again inline.
// (3) Every status says when it was reported.
// (4) Budget years only for public budgets, never for a year the note itself calls "sejak".

interface Entry {
  file: string;
  slug: string;
  data: Record<string, any>;
  body: string;
}

const entries: Entry[] = ['content/sentra', 'content/panduan'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      const end = text.indexOf('\n---\n', 4);
      return { file, slug: name.replace(/\.mdx$/, ''), data: readFrontmatter(file), body: text.slice(end + 5) };
    }),
);
const cases = entries.filter((entry) => entry.file.startsWith('content/sentra/'));

/** The real quotes the notes give in quotation marks, each at most 15 words, where it is used. */
const allowedQuotes: { slug: string; quote: string; source: string }[] = [
  { slug: 'slag-aluminium-kendalsari-jombang', quote: 'belasan', source: 'S1.1' },
  { slug: 'slag-aluminium-kendalsari-jombang', quote: 'per tahun', source: 'S1.5' },
  { slug: 'logam-lik-takaru-tegal', quote: 'mineral center', source: 'S3.2' },
  { slug: 'olahan-pangan-pancor-dao-lombok-tengah', quote: 'Bunga Berbuah', source: 'S8.3' },
  { slug: 'kopi-catur-kintamani-bangli', quote: 'belasan miliar', source: 'S10.1' },
  { slug: 'dak-fisik-ikm', quote: 'data 2020', source: 'B7' },
  { slug: 'alas-kaki-surodinawan-mojokerto', quote: 'Selasa (10/6)', source: 'S14.12' },
  { slug: 'bambu-tiga-susut-bangli', quote: 'Kamis (27/6)', source: 'S14.16' },
  { slug: 'bambu-tiga-susut-bangli', quote: 'Kamis (11/7)', source: 'S14.17' },
  { slug: 'bambu-tiga-susut-bangli', quote: 'Minggu (18/5)', source: 'S14.18' },
  { slug: 'desa-devisa-tenun-wedani-gresik', quote: 'Rabu (13/9)', source: 'S24.4' },
  { slug: 'desa-devisa-tenun-wedani-gresik', quote: '4 Januari 2022', source: 'S24.7' },
  { slug: 'garci-tea-latang-sijunjung', quote: 'lebih kurang Rp 4 miliar lebih', source: 'S13c.12' },
  { slug: 'ikan-salai-kampung-patin-kampar', quote: 'tiada rumah tanpa kolam', source: 'S30.1' },
  { slug: 'ikan-salai-kampung-patin-kampar', quote: 'Revitalisasi SIKIM Pengolahan Ikan Asap', source: 'S30.2' },
  { slug: 'ikan-salai-kampung-patin-kampar', quote: 'lebih kurang 900 kg', source: 'S30.6' },
  { slug: 'ikan-salai-kampung-patin-kampar', quote: 'lebih kurang 12 ton per hari', source: 'S30.6' },
  { slug: 'kakao-kerta-semaya-samaniya-jembrana', quote: 'tinggal papan nama', source: 'S28.2' },
  { slug: 'kakao-kerta-semaya-samaniya-jembrana', quote: 'Saturday (8/10)', source: 'S28.10' },
  { slug: 'karawo-otahiya-kota-gorontalo', quote: 'Dana Alokasi Khusus pada Pem…', source: 'S29.2' },
  { slug: 'kelapa-terpadu-avolua-parigi-moutong', quote: 'mega proyek', source: 'S13b.21' },
  { slug: 'kelapa-terpadu-avolua-parigi-moutong', quote: 'puluhan miliar', source: 'S13b.21' },
  { slug: 'kelapa-terpadu-avolua-parigi-moutong', quote: 'Kamis (5/2/2026)', source: 'S13b.24' },
  { slug: 'koperasi-batur-jaya-ceper-klaten', quote: 'pemasok lapis dua', source: 'S22.6' },
  { slug: 'koperasi-batur-jaya-ceper-klaten', quote: 'Jumat (22/3)', source: 'S22.6' },
  { slug: 'kopi-arabika-flores-bajawa-ngada', quote: 'Kamis (8/2)', source: 'S27.4' },
  { slug: 'pala-tomandin-fakfak', quote: 'Jumat (3/1/2024)', source: 'S32.1' },
  { slug: 'pengolahan-ikan-sungai-undang-seruyan', quote: 'Jumat (5/7)', source: 'S13b.17' },
  { slug: 'rumah-cokelat-palu', quote: 'Rp 3 miliar lebih', source: 'S31.1' },
  { slug: 'rumah-cokelat-palu', quote: 'Rp 2 miliar lebih', source: 'S31.1' },
  { slug: 'rumah-cokelat-palu', quote: 'Kamis (24/2)', source: 'S31.7' },
  {
    slug: 'rumah-produksi-bambu-nakau-bengkulu-tengah',
    quote: 'DAK Kementerian Perdagangan dan Koperasi tahun 2020',
    source: 'S13c.5',
  },
  { slug: 'sagu-sungai-tohor-kepulauan-meranti', quote: 'berhenti total', source: 'S13b.8' },
  { slug: 'sasirangan-banjarmasin-banjarbaru', quote: 'Selasa (29/04)', source: 'S33.2' },
  { slug: 'sasirangan-banjarmasin-banjarbaru', quote: 'puluhan juta', source: 'S33.5' },
  { slug: 'tenun-ikat-bandar-kidul-kediri', quote: 'Medali Emas', source: 'S23.9' },
  { slug: 'tenun-ikat-jata-kapa-sikka', quote: 'lama dibiarkan terlantar', source: 'S13b.2' },
  { slug: 'tenun-sukan-tengah-berau', quote: 'diresmikan tetapi mangkrak', source: 'S14.5' },
  { slug: 'tenun-tenunin-desa-devisa-ntt', quote: 'Kamis (11/7)', source: 'S26.1' },
  { slug: 'tenun-tenunin-desa-devisa-ntt', quote: 'sentra ke-6', source: 'S26.7' },
  { slug: 'tenun-tenunin-desa-devisa-ntt', quote: 'Yayasan Insan Bina Mandiri', source: 'S26.8' },
];

/** Every string in the frontmatter, with where it is. */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => stringsOf(child, path ? `${path}.${key}` : key));
  return [];
}

/** The body as a reader sees its words: tags dropped, a Note's title kept as text. */
function bodyText(body: string): string {
  return body
    .replace(/<[A-Za-z][^>]*>/g, (tag) => ` ${/title="([^"]*)"/.exec(tag)?.[1] ?? ''} `)
    .replace(/<\/[A-Za-z]+>/g, ' ');
}

/** The quotation marks in a text that are not an allowed quote of its file. */
function strayQuotes(slug: string, text: string): string[] {
  const allowed = allowedQuotes.filter((item) => item.slug === slug).map((item) => item.quote);
  const found: string[] = [];
  const rest = text.replace(/[“"]([^“”"\n]*)[”"]/g, (match, inner: string) => {
    if (!allowed.includes(inner)) found.push(match);
    return '';
  });
  if (/[“”"]/.test(rest)) found.push(`unpaired quotation mark in: ${rest.slice(0, 80)}`);
  return found;
}

describe('rule 1: quotation marks only around a real short quote of the notes', () => {
  it('lists only short quotes, each cited to a source its file defines', () => {
    for (const item of allowedQuotes) {
      expect(item.quote.split(/\s+/).length, item.quote).toBeLessThanOrEqual(15);
      const entry = entries.find((candidate) => candidate.slug === item.slug);
      expect(entry, item.slug).toBeDefined();
      expect(
        entry!.data.sources.map((source: { id: string }) => source.id),
        item.quote,
      ).toContain(item.source);
    }
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s quotes nothing else', (_, entry) => {
    const stray = [
      ...stringsOf(entry.data).flatMap(([path, text]) =>
        strayQuotes(entry.slug, text).map((quote) => `${path}: ${quote}`),
      ),
      ...strayQuotes(entry.slug, bodyText(entry.body)).map((quote) => `isi: ${quote}`),
    ];
    expect(stray).toEqual([]);
  });
});

describe('rule 2: no citation written twice', () => {
  it.each(entries.map((entry) => [entry.file, entry] as const))('%s has no Ref repeated', (_, entry) => {
    const repeated = [...entry.body.matchAll(/<Ref id="([^"]+)" \/>\s*(?:[.,;:!?)]+\s*)?<Ref id="\1" \/>/g)].map(
      (match) => match[0],
    );
    expect(repeated).toEqual([]);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))(
    '%s writes no citation inline in a text the site follows with its sources',
    (_, entry) => {
      const followed = [
        ...(entry.data.steps ?? []).map((step: { text: string }) => step.text),
        ...(entry.data.timeline ?? []).map((event: { text: string }) => event.text),
      ];
      expect(followed.filter((text: string) => /\[[A-Za-z][A-Za-z0-9.-]*\]/.test(text))).toEqual([]);
    },
  );
});

describe('rule 3: every status is dated', () => {
  it.each(cases.map((entry) => [entry.file, entry] as const))('%s says when its status was reported', (_, entry) => {
    expect(String(entry.data.status?.asOf ?? '')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe('rule 4: budget years only where the sources give one', () => {
  const budgets = fundingSchemes.keys.filter(
    (scheme) =>
      scheme.startsWith('dak-') || ['apbn', 'apbd', 'apbd-provinsi', 'kemenperin-tidak-disebut'].includes(scheme),
  );

  it.each(cases.map((entry) => [entry.file, entry] as const))(
    '%s gives years only to a public budget, never to a year its note says began something',
    (_, entry) => {
      for (const funding of entry.data.funding.filter((item: { years?: number[] }) => item.years)) {
        expect(fundingSchemes.keys).toContain(funding.scheme);
        expect(budgets, `${funding.scheme} with years`).toContain(funding.scheme);
        const words = [funding.note, funding.amount?.wording].filter(Boolean).join(' ');
        for (const year of funding.years) expect(words).not.toMatch(new RegExp(`sejak\\s+${year}`, 'i'));
      }
    },
  );
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fundingSchemes } from '../../src/lib/vocabulary/funding-schemes';
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

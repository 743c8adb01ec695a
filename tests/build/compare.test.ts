import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackChoices, type PackedChoices } from '../../src/lib/compare/compare-choices';
import type { CompareCase } from '../../src/lib/compare/compare-record';
import { distDir } from '../support/astro-build';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// The comparison page without JavaScript: one table, a column for every case over its pages, built from the files.
const slugs = readdirSync('content/sentra')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const page = readPage('bandingkan/index.html');
const table = page.querySelector('[data-all] table')!;
const columns = table.querySelectorAll('thead th').map((th) => th.getAttribute('data-sentra'));
// The table goes on over further pages, a page's worth of cases each.
const tables = [
  table,
  ...readdirSync(join(distDir, 'bandingkan/halaman')).map((number) =>
    readPage(`bandingkan/halaman/${number}/index.html`).querySelector('[data-all] table')!,
  ),
];
const headOf = (slug: string) =>
  tables.map((each) => each.querySelector(`thead th[data-sentra="${slug}"]`)).find(Boolean);

describe('the table of every case on /bandingkan/', () => {
  it('has a column for every case, headed by a link to its page', () => {
    const everyColumn = tables.flatMap((each) =>
      each.querySelectorAll('thead th').map((th) => th.getAttribute('data-sentra')),
    );
    expect([...everyColumn].sort()).toEqual([...slugs].sort());
    for (const slug of slugs) {
      expect(headOf(slug)?.querySelector('a')?.getAttribute('href')).toBe(`/sentra/${slug}/`);
    }
  });

  it('gives every case a cell in every row, under headings for each attribute', () => {
    const headings = table.querySelectorAll('th[scope=rowgroup]').map((th) => th.textContent.trim());
    expect(headings).toEqual(
      expect.arrayContaining(['Tempat', 'Sektor', 'Pendanaan', 'Tenaga kerja', 'Status', 'Pengelola', 'Linimasa']),
    );
    const rows = table.querySelectorAll('tbody tr').filter((row) => !row.querySelector('[colspan]'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows)
      expect(row.querySelectorAll('td').map((td) => td.getAttribute('data-sentra'))).toEqual(columns);
  });

  it('keeps lessons marked as lessons', () => {
    for (const slug of slugs) {
      const kind = (readFrontmatter(`content/sentra/${slug}.mdx`) as { kind?: string }).kind;
      const head = headOf(slug)!.textContent;
      expect(head.includes('Pelajaran, bukan kisah sukses'), slug).toBe(kind === 'pelajaran');
      expect(head.includes('Tahap awal: belum ada hasil yang dilaporkan'), slug).toBe(kind === 'tahap-awal');
    }
  });

  it('draws each figure on its scale: bar lengths are the figures over the scale’s top', () => {
    const scales = table.querySelectorAll('[data-scale-max]');
    expect(scales.length).toBeGreaterThan(10);
    for (const note of scales) {
      const max = Number(note.getAttribute('data-scale-max'));
      const row = note.parentNode.nextElementSibling!;
      const figures = row.querySelectorAll('.compare-figure');
      expect(Math.max(...figures.map((figure) => Number(figure.getAttribute('data-max'))))).toBe(max);
      for (const figure of figures) {
        // The bar is an SVG 100 units wide: the solid part's width is the low end's share of the top.
        const width = figure.querySelector('.compare-solid')!.getAttribute('width');
        expect(width).toBe(String(Math.round((Number(figure.getAttribute('data-min')) / max) * 10_000) / 100));
      }
    }
  });

  it('links every figure to its source on the case page, or marks it as worked out by the site', () => {
    // A case's own name for a metric ("Waktu pelemasan 6 kuintal kulit") names it; it states no figure.
    const cells = table
      .querySelectorAll('tbody td li, tbody td p, tbody td:not(:has(li, p))')
      .filter((cell) => !cell.classList.contains('compare-label'));
    const withFigures = cells.filter((cell) => /(?<![A-Za-z])\d|Rp\d/.test(cell.textContent));
    expect(withFigures.length).toBeGreaterThan(50);
    const uncited = withFigures.filter(
      (cell) => !cell.querySelector('a[href*="#sumber-"]') && !cell.closest('[data-unsourced]'),
    );
    expect(uncited.map((cell) => cell.textContent)).toEqual([]);
  });

  it('links only to sources that are on the case pages', () => {
    const targets = new Set(table.querySelectorAll('a[href*="#sumber-"]').map((link) => link.getAttribute('href')!));
    expect(targets.size).toBeGreaterThan(50);
    for (const target of targets) {
      const [path, anchor] = target.split('#');
      expect(readPage(`${path!.slice(1)}index.html`).getElementById(anchor!), target).not.toBeNull();
    }
  });

  it('says where two cases measure the same thing in different units', () => {
    expect(table.querySelector('[data-units-differ]')?.textContent).toMatch(/Satuannya berbeda/);
  });
});

describe('the data the comparison script reads', () => {
  it('is one small JSON file per case, built from its file', () => {
    for (const slug of slugs) {
      const record = JSON.parse(readFileSync(join(distDir, `bandingkan/${slug}.json`), 'utf8')) as CompareCase;
      const data = readFrontmatter(`content/sentra/${slug}.mdx`) as { title: string; metrics?: { id: string }[] };
      expect(record.slug).toBe(slug);
      expect(record.title).toBe(data.title);
      expect(record.metrics.map((metric) => metric.id)).toEqual((data.metrics ?? []).map((metric) => metric.id));
    }
  });
});

describe("the comparison's picker", () => {
  it('lists no case in the page: it looks them up as the reader types', () => {
    const picker = page.querySelector('[data-picker]')!;
    expect(picker.querySelector('input[type=search]')).not.toBeNull();
    expect(page.querySelectorAll('option, datalist')).toHaveLength(0);
    expect(picker.querySelectorAll('li')).toHaveLength(0);
  });

  it('finds every case, once, in one compact file, lessons marked', () => {
    const packed = JSON.parse(readFileSync(join(distDir, 'bandingkan/daftar/sentra.json'), 'utf8')) as PackedChoices;
    const choices = unpackChoices(packed);
    expect(choices.map((choice) => choice.slug).sort()).toEqual([...slugs].sort());
    for (const choice of choices) {
      const data = readFrontmatter(`content/sentra/${choice.slug}.mdx`) as { title: string; kind?: string };
      expect(choice.title).toBe(data.title);
      expect(choice.kind).toBe(data.kind ?? 'kisah');
      expect(choice.place).toMatch(/^(Kabupaten|Kota) .+, .+$/);
    }
  });
});

describe('every case page', () => {
  it.each(slugs)('%s links to a comparison that starts from it', (slug) => {
    const link = readPage(`sentra/${slug}/index.html`).querySelector(`a[href="/bandingkan/?sentra=${slug}"]`);
    expect(link?.textContent.trim()).toBe('Bandingkan dengan sentra lain');
  });
});

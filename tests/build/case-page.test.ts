import { describe, expect, it } from 'vitest';
import { readFrontmatter, jombangFile } from '../support/case-file';
import { readPage } from '../support/dist';

const page = readPage('sentra/slag-aluminium-kendalsari-jombang/index.html');
const text = page.textContent.replace(/\s+/g, ' ');
const frontmatter = readFrontmatter(jombangFile) as { sources: { url: string }[] };

describe('the Jombang case page', () => {
  it('is Indonesian, with one h1, a canonical link and a meta description', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('id');
    expect(page.querySelectorAll('h1').map((h1) => h1.textContent.trim())).toEqual([
      'Sentra IKM Slag Aluminium Kendalsari',
    ]);
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
      /^https?:\/\/[^/]+\/sentra\/slag-aluminium-kendalsari-jombang\/$/,
    );
    expect(page.querySelector('meta[name=description]')?.getAttribute('content')).toMatch(/Rp200–300 juta/);
  });

  it('names the full place, the sector, the managing body, status and date last verified', () => {
    for (const fact of [
      'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur',
      'Logam dan daur ulang logam',
      'Koperasi Berkah Logam Kendalsari',
      'Beroperasi',
      '7 Desember 2026',
      '25 unit usaha',
    ]) {
      expect(text).toContain(fact);
    }
  });

  // Each figure as section 1 of the research notes states it, written per PUEBI.
  it.each([
    ['workers before', '11–19 orang'],
    ['the source word for them', 'belasan'],
    ['workers after', '200 orang'],
    ['omzet before', 'Rp200–300 juta per tahun'],
    ['omzet after', 'Rp1,5–2 miliar per tahun'],
    ['omzet growth', '×5–×10'],
    ['production before', '50–70 ton/tahun'],
    ['production after', '400–700 ton/tahun'],
    ['DAK as the Bupati reported it', 'Rp20,4 miliar'],
    ['DAK as the project value', 'Rp25,6 miliar'],
    ['DAK as the dinas reported it in December', 'Rp26 miliar'],
    ['build progress', '91,089%'],
    ['progress target', '87,24%'],
  ])('carries %s: %s', (_, figure) => {
    expect(text).toContain(figure);
  });

  it('has a figure with a caption and a data table for each metric', () => {
    const figures = page.querySelectorAll('figure');
    expect(figures).toHaveLength(3);
    for (const figure of figures) {
      expect(figure.querySelector('figcaption')?.textContent.trim()).not.toBe('');
      const rows = figure.querySelectorAll('tbody tr').map((row) => row.querySelector('th')?.textContent.trim());
      expect(rows).toEqual(['Sebelum', 'Sesudah']);
      expect(figure.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/sebelum .* sesudah/);
    }
  });

  it('links every table row to a source that exists on the page', () => {
    for (const row of page.querySelectorAll('figure tbody tr')) {
      expect(row.querySelectorAll('a[href^="#sumber-"]').length).toBeGreaterThan(0);
    }
  });

  it('has no link to a source anchor that is missing', () => {
    const anchors = new Set(page.querySelectorAll('[id^="sumber-"]').map((element) => element.id));
    const targets = page.querySelectorAll('a[href^="#sumber-"]').map((link) => link.getAttribute('href')!.slice(1));
    expect(targets.length).toBeGreaterThan(30);
    expect(targets.filter((target) => !anchors.has(target))).toEqual([]);
  });

  it('lists every source with its address, numbered in the order of the case file', () => {
    const links = page.querySelectorAll('#sumber ~ ol > li a').map((link) => link.getAttribute('href'));
    expect(links).toEqual(frontmatter.sources.map((source) => source.url));
  });

  it('links every figure to a source: each element that states a number cites one', () => {
    // A figure is a number standing alone or after "Rp"; the 3 of "K3" is part of a name, and the
    // digits of an address (the page's own, "localhost:4321" in tests) are no figure. The source
    // list itself, table cells (checked by row above) and the hidden search meta are left out.
    const hasFigure = (text: string) => /(?<![A-Za-z])\d|Rp\d/.test(text.replace(/https?:\/\/\S+/g, ''));
    const blocks = page
      .querySelectorAll('article p, article li, article dd, article h3')
      .filter(
        (block) =>
          !block.closest('section[aria-labelledby="sumber"]') &&
          !block.closest('[hidden]') &&
          !block.closest('figure table'),
      );
    const withFigures = blocks.filter((block) => hasFigure(block.textContent));
    expect(withFigures.length).toBeGreaterThan(20);
    const uncited = withFigures.filter(
      (block) => !block.querySelector('a[href^="#sumber-"]') && !block.hasAttribute('data-unsourced'),
    );
    expect(uncited.map((block) => block.textContent.trim())).toEqual([]);
  });

  it("marks only derived marks (evidence, growth) and the editors' check date as figures without a source", () => {
    const unsourced = page
      .querySelectorAll('[data-unsourced]')
      .map((element) => element.getAttribute('data-unsourced'));
    // The check date; the strength of the evidence and its four reasons; the growth of three metrics.
    const evidence = ['derived', 'derived', 'derived', 'derived', 'derived'];
    expect(unsourced).toEqual(['editorial', ...evidence, 'derived', 'derived', 'derived']);
  });

  it('gives Pagefind the case body and its filters, without the related cases or the sources', () => {
    const body = page.querySelector('[data-pagefind-body]');
    expect(body).not.toBeNull();
    // Other cases' titles would make this page a result for a search of those cases.
    expect(page.querySelector('section[aria-labelledby=serupa]')?.getAttribute('data-pagefind-ignore')).toBe('all');
    // Titles, publishers and addresses of sources: a third of every result's text, searched by no one.
    expect(page.querySelector('section[aria-labelledby=sumber]')?.getAttribute('data-pagefind-ignore')).toBe('all');
    // The charts repeat the metric cards' figures, and the note on growth is the same on every case.
    for (const figure of page.querySelectorAll('figure[id^=grafik-]')) {
      expect(figure.closest('[data-pagefind-ignore=all]'), figure.id).not.toBeNull();
    }
    const note = page.querySelectorAll('p').find((p) => p.textContent.includes('Perubahan dihitung situs'));
    expect(note?.getAttribute('data-pagefind-ignore')).toBe('all');
    // The cards themselves stay searchable: every figure is found once.
    const cards = page.querySelectorAll('section[aria-labelledby=hasil] article');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.closest('[data-pagefind-ignore]')).toBeNull();
    const filters = Object.fromEntries(
      page
        .querySelectorAll('[data-pagefind-filter]')
        .map((filter) => [filter.getAttribute('data-pagefind-filter'), filter.textContent]),
    );
    expect(filters).toEqual({
      dak: 'Semua jenis DAK',
      jenis: 'Kisah sukses',
      provinsi: 'Jawa Timur',
      kelompok: 'Logam, mesin, elektronika dan alat angkut',
      sektor: 'Logam dan daur ulang logam',
      pendanaan: 'DAK Fisik Bidang IKM',
      status: 'Beroperasi',
    });
  });
});

import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { growthAcrossKinds, quotedWordings, undatedStatuses, unknownSchemes } from '../support/case-rules';

// The rules tests/build/case-rules.test.ts holds over every built case page, each seen failing
// here on a page that breaks it, and holding on one that keeps it.

describe('no quotation marks around a quantity’s wording', () => {
  const data = { metrics: [{ after: { wording: 'sekitar 10 ton' } }], ikmUnits: { wording: 'belasan' } };

  it('finds a wording set in quotation marks', () => {
    const page = parse('<article><p>10 ton “sekitar 10 ton”</p><dd>11–19 unit "belasan"</dd></article>');
    expect(quotedWordings(page, data)).toEqual(['sekitar 10 ton', 'belasan']);
  });

  it('lets a wording stand after "menurut sumber:", and a story or a note quote its source', () => {
    const page = parse(
      '<article><p>10 ton · menurut sumber: sekitar 10 ton</p><p>11–19 unit (belasan)</p>' +
        '<section aria-labelledby="kisah"><p>Sumber menulis “belasan”.</p></section>' +
        '<figure><p data-note>Kata “sekitar 10 ton” dari sumber.</p></figure></article>',
    );
    expect(quotedWordings(page, data)).toEqual([]);
  });
});

describe('no growth across kinds, units or a pair marked not comparable', () => {
  const metrics = [
    {
      id: 'ekspor',
      label: 'Ekspor',
      before: { unit: 'ton-per-bulan', measure: 'rata-rata' },
      after: { unit: 'ton-per-bulan', measure: 'puncak' },
    },
    { id: 'omzet', label: 'Omzet', comparable: false, before: { unit: 'rupiah' }, after: { unit: 'rupiah' } },
    { id: 'pekerja', label: 'Pekerja', before: { unit: 'orang' }, after: { unit: 'orang' } },
  ];
  const card = (label: string, change: string) => `<article><h3>${label}</h3><p>${change}</p></article>`;

  it('finds a growth factor on the card or chart of a metric that may not be compared', () => {
    const page = parse(
      `<section aria-labelledby="hasil">${card('Ekspor', '×2,5–×3,4')}${card('Omzet', '')}${card('Pekerja', '×2')}</section>` +
        '<figure id="grafik-omzet"><canvas aria-label="Omzet: naik ×3–×8"></canvas></figure>',
    );
    expect(growthAcrossKinds(page, metrics)).toEqual(['ekspor', 'omzet']);
  });

  it('lets comparable figures grow', () => {
    const page = parse(
      `<section aria-labelledby="hasil">${card('Ekspor', 'tidak dihitung')}${card('Pekerja', '×2')}</section>`,
    );
    expect(growthAcrossKinds(page, metrics)).toEqual([]);
  });
});

describe('no status without its date', () => {
  it('finds a status word shown without "per"', () => {
    const page = parse('<article><dl><dd>Beroperasi</dd><dd><span>Sudah diresmikan</span></dd></dl></article>');
    expect(undatedStatuses(page)).toEqual(['Beroperasi', 'Sudah diresmikan']);
  });

  it('lets a dated status, the story and the search filters be', () => {
    const page = parse(
      '<article><dd><span>Beroperasi · per April 2025</span></dd>' +
        '<section aria-labelledby="kisah"><p>Beroperasi sejak 2020.</p></section>' +
        '<div hidden><span data-pagefind-filter="status">Beroperasi</span></div></article>',
    );
    expect(undatedStatuses(page)).toEqual([]);
  });
});

describe('funding schemes only from the vocabulary', () => {
  it('finds a scheme the vocabulary does not hold, in a heading or a filter', () => {
    const page = parse(
      '<section aria-labelledby="pendanaan"><article><h3>DAK Tematik, tahun anggaran 2024</h3></article></section>' +
        '<span data-pagefind-filter="pendanaan">DAK Fisik</span>',
    );
    expect(unknownSchemes(page)).toEqual(['DAK Tematik, tahun anggaran 2024', 'DAK Fisik']);
  });

  it('accepts the labels of the vocabulary', () => {
    const page = parse(
      '<section aria-labelledby="pendanaan"><article><h3>DAK, jenis tidak disebut, tahun tidak disebut sumber</h3></article></section>' +
        '<span data-pagefind-filter="pendanaan">DAK Fisik Bidang IKM</span>',
    );
    expect(unknownSchemes(page)).toEqual([]);
  });
});

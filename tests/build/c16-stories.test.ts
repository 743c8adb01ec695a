import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// Issue 29: stories §16–§20 of the research notes (../shared/sources/stories.md). Each page shows
// its key figures as the site prints them, and every version of each disagreement the notes name.
const slugs = {
  rendang: 'rendang-padang-kaduduak-payakumbuh',
  porang: 'porang-pringgabaya-lombok-timur',
  garam: 'garam-beryodium-labuhan-bontong-sumbawa',
  kopi: 'kopi-arabika-ijen-raung-bondowoso',
  kerupuk: 'kerupuk-keripik-belitung-timur',
} as const;

const textOf = (slug: string) => readPage(`sentra/${slug}/index.html`).textContent.replace(/\s+/g, ' ');
const dataOf = (slug: string) => readFrontmatter(`content/sentra/${slug}.mdx`) as any;

describe('key figures, as the built pages print them', () => {
  const figures: [slug: string, what: string, printed: string[]][] = [
    [slugs.rendang, 'DAK for the sentra factory', ['Rp16 miliar']],
    [
      slugs.rendang,
      'output in 2022, capacity in 2020, the city cluster in 2018',
      ['3 ton/tahun', '6 ton/bulan', '1.147 kg/hari'],
    ],
    [
      slugs.porang,
      'the farm-gate price claim and the stated capacity',
      ['Rp4.000–6.000 per kg', 'Rp11.000 per kg', '50–80 ton/hari'],
    ],
    [slugs.garam, 'DAK, NaCl before and after, capacity', ['Rp3,4 miliar', '71 persen', '91 persen', '20 ton/hari']],
    [slugs.kopi, 'exports 2011 and 2016', ['18 ton/tahun', '1.600 ton/tahun']],
    [slugs.kerupuk, 'DAK Nonfisik 2023 and one firm’s fish per day', ['Rp489 juta', '5 kg/hari', '20 kg/hari']],
  ];
  it.each(figures)('%s shows %s', (slug, _what, printed) => {
    const text = textOf(slug);
    for (const figure of printed) expect(text).toContain(figure);
  });
});

describe('every conflict the notes name, each version shown', () => {
  const conflicts: [slug: string, what: string, versions: string[]][] = [
    [slugs.rendang, 'members of the sentra', ['23 anggota', '22 UMKM']],
    [slugs.rendang, 'kg per run in 2019', ['20–30 kg', '10–20 kg']],
    [slugs.porang, 'the second DAK tranche', ['DAK Rp12 miliar pada 2023', 'DAK 2024 sebesar Rp13 miliar']],
    [slugs.porang, 'the kind of the 2022 DAK', ['DAK nonfisik', 'DAK saja']],
    [slugs.porang, 'porang area', ['228 hektare', '288 hektare']],
    [slugs.porang, 'value per kg of tuber', ['hingga Rp11.000 per kg', 'sekitar Rp100 ribu per kg']],
    [slugs.garam, 'kecamatan of Labuhan Bontong', ['Kecamatan Tarano', 'Kecamatan Plampang', 'Kecamatan Empang']],
  ];
  it.each(conflicts)('%s shows every version of %s', (slug, _what, versions) => {
    const text = textOf(slug);
    for (const version of versions) expect(text).toContain(version);
  });
});

describe('what each entry is, as the notes tell it', () => {
  it('keeps the Payakumbuh scale gap in view: the city made more rendang a day than the sentra a year', () => {
    expect(textOf(slugs.rendang)).toContain('belum melipatgandakan produksi rendang kota');
  });

  it('tells Lombok Timur as an early stage, its price figure a claim days after start-up', () => {
    expect(dataOf(slugs.porang).kind).toBe('tahap-awal');
    const text = textOf(slugs.porang);
    expect(text).toContain('lima hari sesudah operasi pertama');
    expect(text).toContain('ini klaim dinas, bukan hasil yang sudah diukur');
  });

  it('never divides the Sumbawa iodised-salt price by the raw-salt price', () => {
    const ids = dataOf(slugs.garam).metrics.map((metric: any) => metric.id);
    expect(ids).toEqual(expect.arrayContaining(['harga-garam-krosok', 'harga-garam-beryodium']));
    const text = textOf(slugs.garam);
    expect(text).toContain('Rp500 per kg');
    expect(text).toContain('Rp20.000 per kg');
    expect(text).not.toContain('×40');
  });

  it('presents Bondowoso as Bank Indonesia and Pemkab money, never as DAK', () => {
    const schemes = dataOf(slugs.kopi).funding.map((funding: any) => funding.scheme);
    expect(schemes).toEqual(['bank-indonesia', 'tidak-disebut']);
    const text = textOf(slugs.kopi);
    expect(text).toContain('Bank Indonesia (klaster binaan)');
    expect(text).toContain('tidak dibangun dengan Dana Alokasi Khusus (DAK)');
  });

  it('labels the Belitung Timur figure as one firm’s, self-reported at the hand-over', () => {
    const metric = dataOf(slugs.kerupuk).metrics[0];
    expect(metric.scope).toBe('satu-usaha');
    const text = textOf(slugs.kerupuk);
    expect(text).toContain('Angka satu pembuat kerupuk ikan');
    expect(text).toContain('hanya menggambarkan satu usaha');
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';

// Every disagreement between sources that the research notes (../shared/sources/stories.md) name
// is shown on the page, each version in full, never settled by a guess. One row per conflict:
// the case, what is disputed, and the versions as the page writes them.
const conflicts: [slug: string, what: string, versions: string[]][] = [
  ['slag-aluminium-kendalsari-jombang', 'nilai DAK Kendalsari', ['Rp20,4 miliar', 'Rp25,6 miliar', 'Rp26 miliar']],
  ['slag-aluminium-kendalsari-jombang', 'jumlah pekerja sekarang', ['sekitar 200', 'hingga 200', 'lebih dari 200']],
  ['slag-aluminium-kendalsari-jombang', 'letak Desa Bakalan', ['Kecamatan Sumobito', 'Kecamatan Kesamben']],
  ['batik-maja-bharama-wastra-mojokerto', 'DAK 2023', ['Rp18 miliar', 'Rp14,674 miliar']],
  ['logam-lik-takaru-tegal', 'anggota Koperasi TMI', ['25 UKM', '22 UKM']],
  ['pengolahan-ikan-lappa-sinjai', 'kapasitas cold storage', ['60 ton', '50 ton']],
  [
    'gula-semut-semedo-banyumas',
    'pendapatan petani',
    ['Rp500.000 menjadi Rp3 juta per bulan', 'tidak sampai Rp1 juta menjadi Rp3–4 juta per bulan'],
  ],
  ['upt-industri-kulit-lik-magetan', 'daya tampung awal LIK', ['25 UKM', '43 usaha penyamakan']],
  ['olahan-pangan-pancor-dao-lombok-tengah', 'DAK 2023', ['Rp9 miliar', 'Rp12 miliar']],
  ['olahan-pangan-pancor-dao-lombok-tengah', 'letak desa', ['Desa Aik Darek', 'Desa Aik Berik', 'Batukliang Utara']],
  ['olahan-pangan-pancor-dao-lombok-tengah', 'hasil produksi', ['10 ton tepung tapioka', 'sekitar 1 ton per hari']],
  ['kopi-liberika-kedabu-rapat-meranti', 'DAK 2021', ['Rp3,2 miliar', 'Rp2.688.209.000']],
  [
    'sentra-ikm-logam-gunung-medan-dharmasraya',
    'dana sentra',
    ['Rp20,8 miliar', 'lebih dari Rp28 miliar', 'Rp29,2 miliar', 'lebih dari Rp48 miliar', 'Sekitar Rp50 miliar'],
  ],
];

describe('conflicts between sources', () => {
  it.each(conflicts)('%s shows every version of %s', (slug, _what, versions) => {
    const text = readPage(`sentra/${slug}/index.html`).textContent.replace(/\s+/g, ' ');
    for (const version of versions) expect(text).toContain(version);
  });
});

describe('the DAK guide', () => {
  const text = readPage('panduan/dak-fisik-ikm/index.html').textContent.replace(/\s+/g, ' ');

  it('shows the 2019 allocation as two reports, in the chart’s table and in the text', () => {
    expect(text).toContain('2019 Rp178,3–540 miliar');
    expect(text).toContain('Rp178,3 miliar untuk 79 kabupaten/kota');
    expect(text).toContain('Rp540 miliar untuk 109 kabupaten/kota');
  });

  it('gives the national sentra count of BPS beside the figures that disagree with it', () => {
    expect(text).toContain('13.762 sentra');
    expect(text).toContain('10.514 sentra');
    expect(text).toContain('10.500 sentra IKM');
  });

  it('says the 22 sentra built outside Java have no scheme in their source, and cites DAK Tematik to its release', () => {
    expect(text).toContain('sumber tidak menyebut skema dananya');
    expect(text).not.toContain('Di luar DAK, Kemenperin membangun 22 sentra');
  });

  it('draws no chart whose caption calls a fall a rise', () => {
    expect(text).not.toMatch(/naik ×0,/);
  });
});

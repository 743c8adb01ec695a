import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// Issue 29: stories §30–§33 of the research notes (third batch) as cases. Each page shows its key
// figures as the site prints them and every version of each conflict the notes name; money that
// is not DAK is never filed under a DAK scheme, and one firm's figures are marked as one firm's.
const textOf = (slug: string) => readPage(`sentra/${slug}/index.html`).textContent.replace(/\s+/g, ' ');
const dataOf = (slug: string) => readFrontmatter(`content/sentra/${slug}.mdx`) as any;
const schemesOf = (slug: string): string[] => dataOf(slug).funding.map((item: { scheme: string }) => item.scheme);

const kampar = 'ikan-salai-kampung-patin-kampar';
const palu = 'rumah-cokelat-palu';
const fakfak = 'pala-tomandin-fakfak';
const sasirangan = 'sasirangan-banjarmasin-banjarbaru';

describe('§30 Kampung Patin, Kampar', () => {
  const text = textOf(kampar);

  it('shows the DAK 2018 revitalisation and the KKP centre apart', () => {
    expect(text).toContain(
      'DAK, jenis tidak disebut, Kemenperin, diumumkan Disperin Provinsi Riau, tahun anggaran 2018',
    );
    expect(text).toContain('Rp1,8 miliar');
    expect(text).toContain('12 dari 17 IKM ikan asap');
    expect(schemesOf(kampar)).toEqual(['tidak-disebut', 'dak-tidak-disebut']);
  });

  it('shows every version of the conflicting output series, each in its own unit', () => {
    expect(text).toContain('6–13 ton/hari');
    expect(text).toContain('12–72 ton/bulan');
    for (const version of [
      'lebih kurang 900 kg',
      'lebih kurang 12 ton per hari',
      'kolam 62 ha, 6 ton ikan per hari',
      'kolam 62 ha, 13 ton per hari',
      '12 ton salai per bulan',
      '72 ton salai per bulan',
      'produksi salai mencapai 12 ton per hari',
      'Satu unit mengolah 10–12 ton patin segar sehari',
      '4 ton patin segar menjadi sekitar 700 kg',
    ])
      expect(text).toContain(version);
  });

  it('spans both villages and labels its figures as the wider cluster’s', () => {
    const data = dataOf(kampar);
    expect(data.areaCode).toBe('14.01.04.2014');
    expect(data.otherAreaCodes).toEqual(['14.01.04.2010']);
    expect(data.metrics.every((metric: { scope?: string }) => metric.scope === 'klaster')).toBe(true);
  });
});

describe('§31 Rumah Cokelat, Kota Palu', () => {
  const text = textOf(palu);

  it('is a lesson, funded by Kemenperin, APBN and the province, not DAK', () => {
    expect(text).toContain('Pelajaran, bukan kisah sukses.');
    expect(text).toContain('Beroperasi di bawah rencana');
    expect(text).toContain('APBN (program kementerian), tahun anggaran 2019');
    expect(text).toContain('Rp800 juta');
    expect(text).toContain('Rp1,3 miliar');
    expect(schemesOf(palu).some((scheme) => scheme.startsWith('dak'))).toBe(false);
  });

  it('shows the rise, the fall and the stall in the sources’ figures', () => {
    for (const figure of ['15 kg/hari', '70 kg/hari', '66 unit usaha', '15 unit usaha', '18 unit usaha'])
      expect(text).toContain(figure);
    expect(text).toContain('terhambat aturan yang berlaku');
    // Capacity in 2019 and a peak in 2021, and IKM counts from lists that may differ: no growth.
    const metrics = dataOf(palu).metrics;
    const production = metrics.find((metric: { id: string }) => metric.id === 'produksi');
    expect([production.before.measure, production.after.measure, production.comparable]).toEqual([
      'kapasitas',
      'puncak',
      false,
    ]);
    expect(metrics.find((metric: { id: string }) => metric.id === 'ikm-aktif').comparable).toBe(false);
  });

  it('shows every version of the founding year and of the renovation', () => {
    for (const version of [
      'beroperasi sejak Desember 2013',
      'diresmikan pada 17 November 2015',
      'berdiri sejak 2017',
      'direnovasi pada 2019',
      'baru selesai awal 2021',
    ])
      expect(text).toContain(version);
  });
});

describe('§32 Pala Tomandin, Fakfak', () => {
  const text = textOf(fakfak);

  it('shows the trade figures and both reports for 2024', () => {
    expect(text).toContain('1.542 ton/tahun');
    expect(text).toContain('1.632,7–1.635 ton/tahun');
    expect(text).toContain('735,98 ton');
    expect(schemesOf(fakfak)).toEqual(['tidak-disebut']);
  });

  it('shows both values of the first balsam shipment, as one firm’s', () => {
    expect(text).toContain('sekitar Rp200 juta');
    expect(text).toContain('Rp250 juta');
    expect(dataOf(fakfak).metrics.find((metric: { id: string }) => metric.id === 'pengiriman-balsam').scope).toBe(
      'satu-usaha',
    );
  });
});

describe('§33 Sasirangan, Banjarmasin and Banjarbaru', () => {
  const text = textOf(sasirangan);

  it('shows each firm’s figures, labelled as one firm’s', () => {
    expect(text).toContain("Perajin Sungai Jingah Ba'Sasirangan (satu usaha)");
    expect(text).toContain('Rp25 juta per bulan');
    expect(text).toContain('Rp35 juta per bulan');
    expect(text).toContain('Rp1–2 juta per bulan');
    expect(text).toContain('Rp20–99 juta per bulan');
    const data = dataOf(sasirangan);
    expect(data.metrics.every((metric: { scope?: string }) => metric.scope === 'satu-usaha')).toBe(true);
    // Offline sales before, "puluhan juta" after: not the same measure, so no growth is derived.
    expect(data.metrics.find((metric: { id: string }) => metric.id === 'omzet-rabita').comparable).toBe(false);
  });

  it('spans both cities, and files bank credit and KUR as what they are', () => {
    const data = dataOf(sasirangan);
    expect([data.areaCode, ...data.otherAreaCodes].map((code: string) => code.slice(0, 5))).toEqual([
      '63.71',
      '63.71',
      '63.72',
    ]);
    expect(schemesOf(sasirangan)).toEqual(['tidak-disebut', 'kur']);
    expect(text).toContain('Kredit Usaha Rakyat (KUR), BRI');
    expect(text).toContain('belum naik berarti');
  });
});

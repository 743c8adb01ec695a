import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// Issue 29: the §14/§14b leads and the further leads after §13b of the research notes are published
// as the kind their sources support: a key figure and the status with its date on each page, every
// version of each conflict the notes name, and every early-stage page saying no result is reported yet.
const entries: [slug: string, kind: string, figures: string[], status: string, asOf: string][] = [
  ['alas-kaki-surodinawan-mojokerto', 'kisah', ['2.000 pasang', 'Rp12,6 miliar'], 'Beroperasi', 'Juli 2025'],
  ['bambu-tiga-susut-bangli', 'pelajaran', ['Rp5,345 miliar'], 'Selesai dibangun, belum dimanfaatkan', 'Mei 2025'],
  [
    'tenun-sukan-tengah-berau',
    'tahap-awal',
    ['Rp8 miliar', 'Jumlah IKM 22 unit usaha'],
    'Sudah diresmikan',
    'Mei 2025',
  ],
  ['olahan-ikan-manokwari', 'tahap-awal', ['Rp6,5 miliar'], 'Sedang dibangun', 'Agustus 2023'],
  ['tenun-ikat-jata-kapa-sikka', 'pelajaran', ['Rp1 juta per bulan'], 'Beroperasi', 'Februari 2020'],
  [
    'songket-silungkang-sawahlunto',
    'tahap-awal',
    ['Rp24 miliar', '70.224 lembar'],
    'Selesai dibangun, belum dimanfaatkan',
    'Desember 2025',
  ],
];

const conflicts: [slug: string, what: string, versions: string[]][] = [
  ['bambu-tiga-susut-bangli', 'nilai DAK', ['Rp5,345 miliar', 'Rp5 miliar', 'Rp7 miliar', 'hampir Rp8 miliar']],
  ['bambu-tiga-susut-bangli', 'kementerian', ['Kementerian Perdagangan', 'Kemenperin']],
  [
    'tenun-sukan-tengah-berau',
    'kementerian dan nilai DAK fisik',
    ['Kemenkop UKM', 'puluhan miliar', 'DAK fisik Kemenperin'],
  ],
];

const textOf = (slug: string) =>
  readPage(`sentra/${slug}/index.html`).querySelector('main')!.textContent.replace(/\s+/g, ' ');

describe('the published leads', () => {
  it.each(entries)('%s is a %s with its key figure and its dated status', (slug, kind, figures, status, asOf) => {
    expect(readFrontmatter(`content/sentra/${slug}.mdx`).kind).toBe(kind);
    const text = textOf(slug);
    for (const figure of figures) expect(text).toContain(figure);
    // The status as every page dates it (datedStatus): the month of its report.
    expect(text).toContain(`Status ${status} · per ${asOf}`);
  });

  it.each(entries.filter(([, kind]) => kind === 'tahap-awal'))('%s says no result has been reported yet', (slug) => {
    expect(textOf(slug)).toContain('Belum ada hasil yang dilaporkan');
  });

  it.each(conflicts)('%s shows every version of %s', (slug, _what, versions) => {
    const text = textOf(slug);
    for (const version of versions) expect(text).toContain(version);
  });
});

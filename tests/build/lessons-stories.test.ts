import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonPatterns } from '../../src/lib/case/lesson-patterns';
import { distDir } from '../support/astro-build';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';

// Issue 29: the cautionary cases of §13b and §13c of the research notes (../shared/sources/stories.md)
// as lessons, each with a figure or its status as its page prints it, every conflict the notes
// name with all its versions, and the "Yang sering keliru" summary on the lessons list and in the
// replication guide, every link of it leading to a built lesson page.
const textOf = (path: string) => readPage(path).textContent.replace(/\s+/g, ' ');
const pageOf = (slug: string) => `sentra/${slug}/index.html`;

const lessons: [slug: string, shown: string[]][] = [
  ['sagu-sungai-tohor-kepulauan-meranti', ['Berhenti beroperasi', 'Rp20,8 miliar', 'Rp21,4 miliar', 'berhenti total']],
  [
    'pengolahan-ikan-sungai-undang-seruyan',
    ['Selesai dibangun, belum dimanfaatkan', 'kerugian negara diperkirakan Rp2,5 miliar'],
  ],
  ['kelapa-terpadu-avolua-parigi-moutong', ['Berhenti beroperasi', '6 IKM', '70.000 butir kelapa per hari']],
  [
    'pusat-batik-sukowati-sragen',
    ['Beroperasi di bawah rencana', 'Rp10–12 juta per hari', 'Rp1 juta per hari', '17 IKM'],
  ],
  ['minyak-atsiri-lunang-barat-pesisir-selatan', ['Beroperasi di bawah rencana', 'Rp1,9 miliar']],
  [
    'rumah-produksi-bambu-nakau-bengkulu-tengah',
    ['Selesai dibangun, belum dimanfaatkan', 'Rp1,5 miliar', 'Rp150 juta'],
  ],
  ['garci-tea-latang-sijunjung', ['Beroperasi di bawah rencana', 'Rp4 miliar', 'meredup']],
];

const conflicts: [slug: string, what: string, versions: string[]][] = [
  [
    'sagu-sungai-tohor-kepulauan-meranti',
    'gambaran Kemenperin 2023 dan laporan berhenti 2024',
    ['400 ton tepung sagu kering per bulan', '82 pekerja', 'berhenti beroperasi untuk sementara'],
  ],
  ['sagu-sungai-tohor-kepulauan-meranti', 'jumlah DAK', ['Rp41,9 miliar', 'Rp40 miliar']],
  ['sagu-sungai-tohor-kepulauan-meranti', 'tahun DAK', ['2016–2021', '2017–2019']],
  ['sagu-sungai-tohor-kepulauan-meranti', 'kecamatan', ['Rangsang Timur', 'Tebingtinggi Timur']],
  ['pengolahan-ikan-sungai-undang-seruyan', 'DAK awal', ['Rp20 miliar', 'Rp19 miliar']],
  [
    'pengolahan-ikan-sungai-undang-seruyan',
    'nilai pekerjaan 2021',
    ['Rp10,985 miliar', 'Rp11,5 miliar', 'Rp10,895 miliar'],
  ],
  [
    'kelapa-terpadu-avolua-parigi-moutong',
    'tahun dan dana pembangunan',
    ['sejak 2016', 'pada 2017', 'APBD 2019', 'puluhan miliar'],
  ],
  ['pusat-batik-sukowati-sragen', 'DAK fisik', ['Rp15,5 miliar', 'Rp15,7 miliar']],
  ['minyak-atsiri-lunang-barat-pesisir-selatan', 'nilai pembangunan', ['Rp4 miliar', 'Rp14.257.083.496']],
  ['rumah-produksi-bambu-nakau-bengkulu-tengah', 'tahun dana dan pembangunan', ['tahun 2020', 'dibangun pada 2021']],
  [
    'rumah-produksi-bambu-nakau-bengkulu-tengah',
    'kementerian pemberi DAK',
    ['Kementerian Perdagangan dan Koperasi', 'tidak jelas'],
  ],
];

describe('the lessons of §13b and §13c', () => {
  it.each(lessons)('%s is a lesson page with its figures and status', (slug, shown) => {
    expect(readFrontmatter(`content/sentra/${slug}.mdx`).kind).toBe('pelajaran');
    const text = textOf(pageOf(slug));
    expect(text).toContain('Pelajaran, bukan kisah sukses.');
    for (const item of shown) expect(text).toContain(item);
  });

  it.each(conflicts)('%s shows every version of %s', (slug, _what, versions) => {
    const text = textOf(pageOf(slug));
    for (const version of versions) expect(text).toContain(version);
  });
});

describe('Yang sering keliru', () => {
  const slugs = [...new Set(lessonPatterns.flatMap((pattern) => pattern.lessons))];
  const built = (href: string) => existsSync(join(distDir, href.split('#')[0]!, 'index.html'));

  it('heads the list of lessons, every point with working links to its lessons', () => {
    // The lessons' own list (/sentra/jenis/pelajaran/); on /sentra/ the lessons follow the stories,
    // on a later page once there are more than a page of cases.
    const box = readPage('sentra/jenis/pelajaran/index.html').querySelector(
      'section[aria-labelledby=pelajaran] [data-lesson-patterns]',
    );
    expect(box).not.toBeNull();
    const text = box!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Yang sering keliru');
    for (const pattern of lessonPatterns) expect(text).toContain(pattern.text);
    const hrefs = box!.querySelectorAll('a[href]').map((link) => link.getAttribute('href')!);
    for (const slug of slugs) expect(hrefs).toContain(`/sentra/${slug}/`);
    for (const href of hrefs) expect(built(href), href).toBe(true);
    expect(hrefs).toContain('/panduan/replikasi/#yang-sering-keliru');
    expect(text).toMatch(/\(lihat: [^ ]/);
    expect(text).not.toMatch(/ \)/);
  });

  it('is a section of the replication guide, every point with working links to its lessons', () => {
    const guide = readPage('panduan/replikasi/index.html');
    const heading = guide.querySelector('#yang-sering-keliru');
    expect(heading?.textContent).toContain('Yang sering keliru');
    const list = heading!.nextElementSibling!.nextElementSibling!;
    expect(list.tagName).toBe('OL');
    const items = list.querySelectorAll(':scope > li');
    expect(items).toHaveLength(lessonPatterns.length);
    lessonPatterns.forEach((pattern, index) => {
      const item = items[index]!;
      const text = item.textContent.replace(/\s+/g, ' ');
      expect(text).toContain(pattern.text.split('. ')[0]!);
      const hrefs = item.querySelectorAll('a[href^="/sentra/"]').map((link) => link.getAttribute('href'));
      expect(hrefs).toEqual(pattern.lessons.map((slug) => `/sentra/${slug}/`));
    });
    for (const slug of slugs) expect(built(`/sentra/${slug}/`), slug).toBe(true);
  });
});

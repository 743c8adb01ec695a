import { describe, expect, it } from 'vitest';
import { slugifyText } from '../../src/format/slug';
import { caseSlugPattern, slugFromTitle } from '../../src/lib/editor/case-slug';

describe('slugFromTitle', () => {
  it.each([
    ['Sentra IKM Slag Aluminium Kendalsari', 'Kabupaten Jombang', 'slag-aluminium-kendalsari-jombang'],
    ['Sentra IKM Baengas', 'Kabupaten Bangkalan', 'baengas-bangkalan'],
    ['Klaster Gula Semut Desa Semedo', 'Kabupaten Banyumas', 'gula-semut-desa-semedo-banyumas'],
    ['Sentra Olahan Kelapa Pemenang Timur', 'Kabupaten Lombok Utara', 'olahan-kelapa-pemenang-timur-lombok-utara'],
    // The regency is added once: a title that already names it keeps its own words.
    [
      'Gedung Sentra Promosi IKM Tidore Kepulauan',
      'Kota Tidore Kepulauan',
      'gedung-sentra-promosi-ikm-tidore-kepulauan',
    ],
    ['Sentra Tenun Jombang', 'Kabupaten Jombang', 'tenun-jombang'],
    // …but only as whole words: "Jombangan" is not "Jombang".
    ['Sentra Batik Jombangan', 'Kabupaten Jombang', 'batik-jombangan-jombang'],
    // A province code has no regency; the province is named instead.
    ['Sentra IKM Kopi', 'Jawa Timur', 'kopi-jawa-timur'],
    // A title that is nothing but the generic words keeps them rather than become empty.
    ['Sentra IKM', 'Kota Bandung', 'sentra-ikm-bandung'],
    ['Sentra Kopi Gayo — Café “Ketiara”', undefined, 'kopi-gayo-cafe-ketiara'],
  ])('%s in %s is %s', (title, place, slug) => {
    expect(slugFromTitle(title, place)).toBe(slug);
    expect(slug).toMatch(caseSlugPattern);
  });
});

describe('slugifyText', () => {
  it('drops accents instead of splitting the word at them', () => {
    expect(slugifyText('Kafé Batik')).toBe('kafe-batik');
  });

  it('keeps nothing but lowercase letters, digits and single hyphens', () => {
    expect(slugifyText('  (LIK) Takaru: 2 / 3  ')).toBe('lik-takaru-2-3');
  });
});

describe('caseSlugPattern', () => {
  it.each(['Batik', 'batik_tulis', 'batik--tulis', '-batik', 'batik-', 'batik tulis'])('refuses %j', (slug) => {
    expect(slug).not.toMatch(caseSlugPattern);
  });
});

import { describe, expect, it } from 'vitest';
import { formatSourceDate, shortUrl } from '../../src/lib/case/source-numbers';

describe('a source’s date as a reader sees it', () => {
  it('is written the Indonesian way, with "sekitar" where it was inferred', () => {
    expect(formatSourceDate({ date: '2024-08-17', dateApproximate: false })).toBe('17 Agustus 2024');
    expect(formatSourceDate({ date: '2022-12', dateApproximate: true })).toBe('sekitar Desember 2022');
  });

  it('says "tanpa tanggal" for an undated page instead of guessing a date', () => {
    expect(formatSourceDate({ date: undefined, dateApproximate: false })).toBe('tanpa tanggal');
  });
});

describe('a source’s short address for print', () => {
  it('keeps host and path, without "www.", cut with an ellipsis past the limit', () => {
    expect(shortUrl('https://www.kontan.co.id/news/x')).toBe('kontan.co.id/news/x');
    const short = shortUrl('https://wartaekonomi.co.id/read562721/kemenperin-dorong-pemda-manfaatkan-dak?page=2');
    expect(short).toBe('wartaekonomi.co.id/read562721/kemenperin-do…');
    expect(short).toHaveLength(44);
  });
});

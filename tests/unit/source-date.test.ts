import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/lib/case/source-numbers';

describe('a source’s date as a reader sees it', () => {
  it('is written the Indonesian way, with "sekitar" where it was inferred', () => {
    expect(formatSourceDate({ date: '2024-08-17', dateApproximate: false })).toBe('17 Agustus 2024');
    expect(formatSourceDate({ date: '2022-12', dateApproximate: true })).toBe('sekitar Desember 2022');
  });

  it('says "tanpa tanggal" for an undated page instead of guessing a date', () => {
    expect(formatSourceDate({ date: undefined, dateApproximate: false })).toBe('tanpa tanggal');
  });
});

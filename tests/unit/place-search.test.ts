import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';
import { searchPlaces } from '../../src/place/place-search';

let index: AreaIndex;
beforeAll(async () => {
  index = await getAreaIndex();
});

describe('searchPlaces', () => {
  it('offers every place of an ambiguous name, each with its full path', () => {
    const { candidates, total } = searchPlaces(index, 'Sukamaju');
    const exact = candidates.filter((candidate) => candidate.score === 0);
    expect(exact.length).toBeGreaterThan(10);
    expect(total).toBeGreaterThanOrEqual(exact.length);
    expect(new Set(exact.map((candidate) => candidate.code)).size).toBe(exact.length);
    expect(exact.every((candidate) => candidate.name === 'Sukamaju')).toBe(true);
    const village = exact.find((candidate) => candidate.code === '32.03.01.2003');
    expect(village?.label).toBe('Desa Sukamaju, Kecamatan Cianjur, Kabupaten Cianjur, Jawa Barat');
  });

  it('narrows the search to paths that hold the text after a comma', () => {
    const all = searchPlaces(index, 'Sukamaju').total;
    const { candidates, total } = searchPlaces(index, 'sukamaju, Cianjur');
    expect(total).toBeGreaterThan(1);
    expect(total).toBeLessThan(all);
    expect(candidates.every((candidate) => candidate.label.includes('Cianjur'))).toBe(true);
  });

  it('finds the place of the Jombang case among the Kendalsari of three regencies', () => {
    const { candidates } = searchPlaces(index, 'kendalsari');
    expect(candidates.map((candidate) => candidate.code)).toContain('35.17.11.2016');
    expect(candidates.length).toBe(3);
  });

  it('puts exact names first, then names that start with the text, then the rest', () => {
    const { candidates } = searchPlaces(index, 'Tidore', 100);
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(candidates[0]?.name).toBe('Tidore');
    expect(candidates.find((candidate) => candidate.code === '82.72')?.score).toBe(1);
  });

  it('lists coarser levels first among equal matches, and ignores words for the level', () => {
    expect(searchPlaces(index, 'Jombang').candidates[0]?.code).toBe('35.17');
    expect(searchPlaces(index, 'kabupaten jombang').candidates[0]?.code).toBe('35.17');
    expect(searchPlaces(index, 'Kota Bandung').candidates[0]?.label).toBe('Kota Bandung, Jawa Barat');
  });

  it('looks up a kode wilayah as it is, and finds nothing for one not in the list', () => {
    expect(searchPlaces(index, '35.17.11.2016').candidates).toEqual([
      {
        code: '35.17.11.2016',
        name: 'Kendalsari',
        label: 'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur',
        score: 0,
      },
    ]);
    expect(searchPlaces(index, '35.17.11.9999').total).toBe(0);
  });

  it('shows at most the limit and counts the rest', () => {
    const { candidates, total } = searchPlaces(index, 'Sukamaju', 5);
    expect(candidates).toHaveLength(5);
    expect(total).toBeGreaterThan(5);
  });

  it('finds nothing for an empty or unknown name', () => {
    expect(searchPlaces(index, '  ').total).toBe(0);
    expect(searchPlaces(index, 'Qwertyuiop').total).toBe(0);
  });
});

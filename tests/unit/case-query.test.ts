import { describe, expect, it } from 'vitest';
import {
  countOptions,
  filterRecords,
  formatQuery,
  parseQuery,
  sortRecords,
  storiesFirst,
} from '../../src/lib/list/case-query';
import { indexRecord } from '../support/index-record';

const record = indexRecord;

const records = [
  record(
    'a',
    { provinsi: ['Jawa Timur'], kelompok: ['Pangan'], pendanaan: ['DAK', 'CSR'] },
    { position: 0, turnoverGrowth: 5 },
  ),
  record(
    'b',
    { provinsi: ['Jawa Timur'], kelompok: ['Logam'], pendanaan: ['DAK'] },
    { position: 1, turnoverGrowth: 9, asOf: '2025-04' },
  ),
  record('c', { provinsi: ['Bali'], kelompok: ['Pangan'], pendanaan: ['APBD'] }, { position: 2, asOf: '2023' }),
];

describe('the list’s query', () => {
  it('round-trips through the URL in a fixed order, ignoring what it does not know', () => {
    const query = parseQuery('?urut=omzet&kelompok=Pangan&provinsi=Jawa+Timur&warna=merah');
    expect(query).toEqual({ filters: { provinsi: 'Jawa Timur', kelompok: 'Pangan' }, sort: 'omzet' });
    expect(formatQuery(query)).toBe('?provinsi=Jawa+Timur&kelompok=Pangan&urut=omzet');
    expect(parseQuery('?urut=acak').sort).toBe('nama');
    expect(formatQuery({ filters: {}, sort: 'nama' })).toBe('');
  });

  it('combines filters: a case must match every chosen facet', () => {
    const query = parseQuery('?provinsi=Jawa+Timur&kelompok=Pangan');
    expect(filterRecords(records, query).map((item) => item.slug)).toEqual(['a']);
    expect(filterRecords(records, parseQuery('?pendanaan=DAK')).map((item) => item.slug)).toEqual(['a', 'b']);
  });

  it('counts each option with the other facets as chosen', () => {
    const query = parseQuery('?provinsi=Jawa+Timur&kelompok=Pangan');
    expect(Object.fromEntries(countOptions(records, query, 'kelompok'))).toEqual({ Pangan: 1, Logam: 1 });
    expect(Object.fromEntries(countOptions(records, query, 'provinsi'))).toEqual({ 'Jawa Timur': 1, Bali: 1 });
  });

  it('sorts by growth with unknown growth last, and by the newest report', () => {
    expect(sortRecords(records, 'omzet').map((item) => item.slug)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(records, 'terbaru').map((item) => item.slug)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(records, 'nama').map((item) => item.slug)).toEqual(['a', 'b', 'c']);
  });

  it('orders by name by the place in the index, which is in title order, and breaks ties by it', () => {
    // Positions against the alphabet of the slugs: the sort must follow the positions.
    const reversed = records.map((item, index) => ({ ...item, position: records.length - index, asOf: '2024' }));
    expect(sortRecords(reversed, 'nama').map((item) => item.slug)).toEqual(['c', 'b', 'a']);
    expect(sortRecords(reversed, 'terbaru').map((item) => item.slug)).toEqual(['c', 'b', 'a']);
    expect(sortRecords(reversed, 'tenaga-kerja').map((item) => item.slug)).toEqual(['c', 'b', 'a']);
  });

  it('puts the lessons after the stories and the early-stage entries last, each kept in its order', () => {
    const mixed = [
      { ...records[0]!, slug: 'e', kind: 'tahap-awal' as const },
      records[0]!,
      { ...records[1]!, kind: 'pelajaran' as const },
      records[2]!,
      { ...records[0]!, slug: 'd', kind: 'pelajaran' as const },
    ];
    expect(storiesFirst(mixed).map((item) => item.slug)).toEqual(['a', 'c', 'b', 'd', 'e']);
  });

  it('sorts by amount, budget year and strength of evidence, the cases without last', () => {
    const money = [
      record('a', {}, { position: 0, amount: null, budgetYear: 2019, evidenceRank: 0 }),
      record('b', {}, { position: 1, amount: 5e9, budgetYear: 2024, evidenceRank: 2 }),
      record('c', {}, { position: 2, amount: 9e9, budgetYear: null, evidenceRank: 1 }),
    ];
    expect(sortRecords(money, 'dana').map((item) => item.slug)).toEqual(['c', 'b', 'a']);
    expect(sortRecords(money, 'tahun').map((item) => item.slug)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(money, 'bukti').map((item) => item.slug)).toEqual(['b', 'c', 'a']);
    expect(parseQuery('?urut=dana&dak=Semua+jenis+DAK&bukti=Kuat')).toEqual({
      filters: { dak: 'Semua jenis DAK', bukti: 'Kuat' },
      sort: 'dana',
    });
  });
});

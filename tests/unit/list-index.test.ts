import { describe, expect, it } from 'vitest';
import type { IndexRecord } from '../../src/lib/list/case-query';
import { cardFileOf, cardsPerFile, packCards, packIndex, unpackCard, unpackIndex } from '../../src/lib/list/list-index';

const record = (position: number): IndexRecord => ({
  position,
  slug: `sentra-${position}`,
  title: `Sentra ${position}`,
  sector: 'Logam',
  place: 'Kabupaten Jombang, Jawa Timur',
  kind: position % 7 === 0 ? 'pelajaran' : position % 11 === 0 ? 'tahap-awal' : 'kisah',
  facets: {
    dak: position % 3 ? ['Semua jenis DAK'] : [],
    dana: [],
    per: ['2024'],
    bukti: ['Sedang'],
    provinsi: [position % 2 ? 'Bali' : 'Jawa Timur'],
    kelompok: [],
    pendanaan: position % 3 ? ['DAK Fisik Bidang IKM', 'CSR'] : ['CSR'],
    status: ['Beroperasi'],
    tahun: ['2019'],
    ukuran: [],
  },
  turnoverGrowth: position % 5 ? position / 8 : null,
  jobsGrowth: null,
  asOf: '2024-06',
  amount: position % 2 ? position * 1e9 : null,
  budgetYear: position % 2 ? 2020 + (position % 5) : null,
  evidenceRank: position % 3,
  mark: position % 7 === 0 ? 'Pelajaran' : null,
  funding: ['DAK Fisik Bidang IKM 2023 · Rp14,7 miliar'],
  ikm: position % 2 ? `${position} IKM` : null,
  result: `Omzet naik ${position}`,
  resultSource: position % 4 ? position : null,
  status: 'Beroperasi · per Juni 2024',
  evidence: 'Bukti: sedang ●●○',
});

const records = Array.from({ length: cardsPerFile * 2 + 3 }, (_, position) => record(position));

describe("the list's index as shipped", () => {
  it('gives back what filters and sorts every case, and names the files of cards', () => {
    const packed = JSON.parse(JSON.stringify(packIndex(records, ['a', 'b', 'c'])));
    expect(packed.dictionary.provinsi).toEqual(['Jawa Timur', 'Bali']);
    expect(packed.cardFiles).toEqual(['a', 'b', 'c']);
    const filters = records.map(
      ({ position, kind, facets, turnoverGrowth, jobsGrowth, asOf, amount, budgetYear, evidenceRank }) => ({
        position,
        kind,
        facets,
        turnoverGrowth,
        jobsGrowth,
        asOf,
        amount,
        budgetYear,
        evidenceRank,
      }),
    );
    expect(unpackIndex(packed)).toEqual(filters);
  });

  it('leaves the text of the cards out of the part every filter fetches', () => {
    const text = JSON.stringify(packIndex(records, []));
    expect(text).not.toContain('Sentra 1');
    expect(text).not.toContain('Omzet naik');
    expect(text).not.toContain('sentra-1');
  });

  it('cuts the cards into files of a fixed size, each case found again by its position', () => {
    const files = JSON.parse(JSON.stringify(packCards(records)));
    expect(files.map((file: { slug: string[] }) => file.slug.length)).toEqual([cardsPerFile, cardsPerFile, 3]);
    for (const record of records) {
      const { position, slug, title, sector, place, mark, funding, ikm, result, resultSource, status, evidence } =
        record;
      const { file, row } = cardFileOf(position);
      expect(unpackCard(files[file], row)).toEqual({
        slug,
        title,
        sector,
        place,
        mark,
        funding,
        ikm,
        result,
        resultSource,
        status,
        evidence,
      });
    }
  });
});

/**
 * The list's index as shipped, in two parts. /sentra/indeks.json holds what filters and sorts
 * every case; the text of the cards sits in small files of `cardsPerFile` cases each, in index
 * order, fetched for the cards a reader is shown, so a first filter fetches a fraction of the
 * whole index (docs/performance.md has the sizes). This module ships to the browser, so it imports
 * nothing from the site but the list's query and page size.
 */
import { filterKeys, kindOrder, type CardRecord, type FilterKey, type FilterRecord } from './case-query';
import { pageSize } from './paginate';

/** How many cards the filtered list shows at first, and adds at each "Tampilkan … lagi": a page's worth. */
export const cardBatch = pageSize;

/**
 * Cases per file of cards. The 24 cards of a first view can come from anywhere in the index (a
 * sparse filter, a sort by growth), each from a file of its own, so a file is small: the heaviest
 * first view grows with the file's size (tests/bench/first-filter.ts measures it).
 */
export const cardsPerFile = 25;

/**
 * What filters and sorts: each field a column with one value per case, in index order, and each
 * facet's values written once in a dictionary its column points into. Columns, not a row per case:
 * like values side by side compress better.
 */
export interface PackedIndex {
  dictionary: Record<FilterKey, string[]>;
  columns: {
    /** Each case's kind, by its position in `kindOrder`. */
    kind: number[];
    /** For each filter key, for each case, the positions of its values in the dictionary. */
    facets: Record<FilterKey, number[][]>;
    turnoverGrowth: (number | null)[];
    jobsGrowth: (number | null)[];
    asOf: string[];
    amount: (number | null)[];
    budgetYear: (number | null)[];
    evidenceRank: number[];
  };
  /** The names of the files of cards, in index order: /sentra/kartu/{name}.json. */
  cardFiles: string[];
}

/** A file of cards: each field a column, one value per case. */
export type PackedCards = { [Field in keyof CardRecord]: CardRecord[Field][] };

/** Packs the filtering part of `records` (in index order) for shipping; see `unpackIndex`. */
export function packIndex(records: readonly FilterRecord[], cardFiles: string[]): PackedIndex {
  const dictionary = Object.fromEntries(filterKeys.map((key) => [key, [] as string[]])) as PackedIndex['dictionary'];
  const indexOf = (key: FilterKey, value: string) => {
    const list = dictionary[key];
    const found = list.indexOf(value);
    return found >= 0 ? found : list.push(value) - 1;
  };
  const facets = Object.fromEntries(
    filterKeys.map((key) => [key, records.map((record) => record.facets[key].map((value) => indexOf(key, value)))]),
  ) as PackedIndex['columns']['facets'];
  return {
    dictionary,
    columns: {
      kind: records.map((record) => kindOrder.indexOf(record.kind)),
      facets,
      turnoverGrowth: records.map((record) => record.turnoverGrowth),
      jobsGrowth: records.map((record) => record.jobsGrowth),
      asOf: records.map((record) => record.asOf),
      amount: records.map((record) => record.amount),
      budgetYear: records.map((record) => record.budgetYear),
      evidenceRank: records.map((record) => record.evidenceRank),
    },
    cardFiles,
  };
}

/** The filter records of a packed index, each with its position. */
export function unpackIndex({ dictionary, columns }: PackedIndex): FilterRecord[] {
  return columns.asOf.map((asOf, position) => ({
    position,
    kind: kindOrder[columns.kind[position] ?? 0] ?? 'kisah',
    facets: Object.fromEntries(
      filterKeys.map((key) => [key, (columns.facets[key][position] ?? []).map((value) => dictionary[key][value]!)]),
    ) as FilterRecord['facets'],
    turnoverGrowth: columns.turnoverGrowth[position] ?? null,
    jobsGrowth: columns.jobsGrowth[position] ?? null,
    asOf,
    amount: columns.amount[position] ?? null,
    budgetYear: columns.budgetYear[position] ?? null,
    evidenceRank: columns.evidenceRank[position] ?? 0,
  }));
}

/** The cards of `records` (in index order), cut into files of `cardsPerFile`. */
export function packCards(records: readonly CardRecord[]): PackedCards[] {
  const files: PackedCards[] = [];
  for (let start = 0; start < records.length; start += cardsPerFile) {
    const part = records.slice(start, start + cardsPerFile);
    const column = <Field extends keyof CardRecord>(field: Field) => part.map((record) => record[field]);
    files.push({
      slug: column('slug'),
      title: column('title'),
      sector: column('sector'),
      place: column('place'),
      mark: column('mark'),
      funding: column('funding'),
      ikm: column('ikm'),
      result: column('result'),
      resultSource: column('resultSource'),
      status: column('status'),
      evidence: column('evidence'),
    });
  }
  return files;
}

/** The file of cards that holds the case at `position`, and the case's row in it. */
export function cardFileOf(position: number): { file: number; row: number } {
  return { file: Math.floor(position / cardsPerFile), row: position % cardsPerFile };
}

/** One case's card from its file. */
export function unpackCard(cards: PackedCards, row: number): CardRecord {
  return {
    slug: cards.slug[row]!,
    title: cards.title[row]!,
    sector: cards.sector[row]!,
    place: cards.place[row]!,
    mark: cards.mark[row] ?? null,
    funding: cards.funding[row] ?? [],
    ikm: cards.ikm[row] ?? null,
    result: cards.result[row]!,
    resultSource: cards.resultSource[row] ?? null,
    status: cards.status[row]!,
    evidence: cards.evidence[row]!,
  };
}

// What a reader's first filter or sort on /sentra/ fetches, worked out from a built site: the
// list's index, and the files of cards that hold the first batch of cards it shows. Cards sit in
// files of 25 cases in title order, so a filter whose cases lie far apart, or a sort by growth,
// needs more files than one that keeps to title order: every single filter and every sort is
// tried, and the heaviest reported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  filterKeys,
  filterRecords,
  sortKeys,
  sortRecords,
  storiesFirst,
  type Query,
} from '../../src/lib/list/case-query.ts';
import { cardBatch, cardFileOf, unpackIndex, type PackedIndex } from '../../src/lib/list/list-index.ts';

/** The cost of the heaviest first filter. */
export interface FirstFilter {
  /** The index, gzipped. */
  indexGzipBytes: number;
  /** The files of cards of the heaviest first filter, gzipped, and how many. */
  cardsGzipBytes: number;
  cardFiles: number;
  /** That filter, as the list's URL would carry it. */
  query: string;
}

/** The heaviest first filter or sort of the site built in `dir`; undefined where it has no index. */
export function firstFilter(dir: string): FirstFilter | undefined {
  const path = join(dir, 'sentra', 'indeks.json');
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path);
  const index = JSON.parse(text.toString('utf8')) as PackedIndex;
  const records = unpackIndex(index);
  const fileBytes = new Map<number, number>();
  const gzipOf = (file: number) => {
    let bytes = fileBytes.get(file);
    if (bytes === undefined) {
      bytes = gzipSync(readFileSync(join(dir, 'sentra', 'kartu', `${index.cardFiles[file]}.json`))).length;
      fileBytes.set(file, bytes);
    }
    return bytes;
  };
  const queries: Query[] = [
    ...sortKeys.filter((sort) => sort !== 'nama').map((sort) => ({ filters: {}, sort })),
    ...filterKeys.flatMap((key) =>
      index.dictionary[key].map((value) => ({ filters: { [key]: value }, sort: 'nama' as const })),
    ),
  ];
  let heaviest = { cardsGzipBytes: -1, cardFiles: 0, query: '' };
  for (const query of queries) {
    const found = sortRecords(filterRecords(records, query), query.sort);
    const shown = storiesFirst(found).slice(0, cardBatch);
    const files = new Set(shown.map((record) => cardFileOf(record.position).file));
    const cardsGzipBytes = [...files].reduce((sum, file) => sum + gzipOf(file), 0);
    if (cardsGzipBytes > heaviest.cardsGzipBytes) {
      const [key, value] = Object.entries(query.filters)[0] ?? ['urut', query.sort];
      heaviest = { cardsGzipBytes, cardFiles: files.size, query: `${key}=${value}` };
    }
  }
  return { indexGzipBytes: gzipSync(text).length, ...heaviest };
}

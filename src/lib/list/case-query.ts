/**
 * Filtering and sorting the list of cases from a compact index, in the reader's browser. This
 * module is shared by the build (which writes the index) and the list's script, so it imports
 * nothing from the site but the kinds' vocabulary, plain data: it must stay small enough to ship.
 */
import { caseKinds, type CaseKind } from '../../vocabulary/case-kinds';

/** The facets a reader combines on /sentra/, each a URL query key. */
export const filterKeys = [
  'dak',
  'provinsi',
  'kelompok',
  'pendanaan',
  'dana',
  'tahun',
  'status',
  'per',
  'bukti',
  'ukuran',
] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The orders a reader can sort by, as the `urut` query value. */
export const sortKeys = ['nama', 'omzet', 'tenaga-kerja', 'terbaru', 'dana', 'tahun', 'bukti'] as const;
export type SortKey = (typeof sortKeys)[number];

/** What an entry is told as, in the order every list shows the groups: stories, lessons, early-stage entries. */
export const kindOrder = caseKinds.keys;
export type ListKind = CaseKind;

/**
 * What the list filters and sorts a case by. The index holds the cases in title order, so a case's
 * `position` sorts it by name without its title: a reader's first filter fetches these fields for
 * every case, and the text of a card only for the cards shown (./list-index.ts).
 */
export interface FilterRecord {
  /** The case's place in the index, which is in title order. */
  position: number;
  /** A story, a lesson or an early-stage entry: each group shown apart, the last two marked. */
  kind: ListKind;
  /** Each facet's values (a case may have several funding schemes). */
  facets: Record<FilterKey, string[]>;
  /** Lower bound of the growth of turnover and of jobs, where a case has both ends. */
  turnoverGrowth: number | null;
  jobsGrowth: number | null;
  /** The newest date a source reports the status, for "terbaru". */
  asOf: string;
  /** The lower bound of all the money the sources give, in rupiah; null where none gives an amount. */
  amount: number | null;
  /** The latest budget year the sources give, or null. */
  budgetYear: number | null;
  /** The strength of the evidence: 2 strong, 1 medium, 0 weak. */
  evidenceRank: number;
}

/** What a card of the list shows of a case: the same facts as the server's cards (../list/card-facts.ts). */
export interface CardRecord {
  /** Slug, title, sector, place ("Kabupaten Jombang, Jawa Timur"). */
  slug: string;
  title: string;
  sector: string;
  place: string;
  /** The mark of a lesson or an early-stage entry, or null. */
  mark: string | null;
  /** One line per funding entry. */
  funding: string[];
  ikm: string | null;
  /** The headline result as text, and the number of its first source on the case page. */
  result: string;
  resultSource: number | null;
  /** The dated status, with the plan mark where there is one. */
  status: string;
  evidence: string;
}

/** One case in the index: the fields the list filters, sorts and shows, nothing more. */
export type IndexRecord = FilterRecord & CardRecord;

/** The reader's choice: one value per facet at most, and an order. */
export interface Query {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
}

/** Reads a query from the URL's search part; unknown keys and values are ignored. */
export function parseQuery(search: string): Query {
  const params = new URLSearchParams(search);
  const filters: Query['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('urut') as SortKey | null;
  return { filters, sort: sort && sortKeys.includes(sort) ? sort : 'nama' };
}

/** Writes a query back as the URL's search part, in a fixed order so equal choices share a URL. */
export function formatQuery(query: Query): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = query.filters[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== 'nama') params.set('urut', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function matches(record: Pick<FilterRecord, 'facets'>, filters: Query['filters'], skip?: FilterKey): boolean {
  return filterKeys.every((key) => {
    const wanted = filters[key];
    return key === skip || !wanted || record.facets[key].includes(wanted);
  });
}

/** The cases that match every chosen facet. */
export function filterRecords<Found extends Pick<FilterRecord, 'facets'>>(
  records: readonly Found[],
  query: Query,
): Found[] {
  return records.filter((record) => matches(record, query.filters));
}

/**
 * How many cases each option of a facet would give, with the other facets as chosen: the counts a
 * reader sees beside each option, so no choice leads to an empty list unawares.
 */
export function countOptions(
  records: readonly Pick<FilterRecord, 'facets'>[],
  query: Query,
  key: FilterKey,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!matches(record, query.filters, key)) continue;
    for (const value of record.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

// The index is in title order, so the position stands for the title.
const byTitle = (a: FilterRecord, b: FilterRecord) => a.position - b.position;

/** Descending by a number; cases without it go last, in title order. */
function byNumber(pick: (record: FilterRecord) => number | null) {
  return (a: FilterRecord, b: FilterRecord) => {
    const [x, y] = [pick(a), pick(b)];
    if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
    return y - x || byTitle(a, b);
  };
}

/** Stories first, then lessons, then early-stage entries, each in the order given, as every list shows them. */
export function storiesFirst<Found extends Pick<FilterRecord, 'kind'>>(records: readonly Found[]): Found[] {
  return kindOrder.flatMap((kind) => records.filter((record) => record.kind === kind));
}

/** The cases in the chosen order. */
export function sortRecords<Found extends FilterRecord>(records: readonly Found[], sort: SortKey): Found[] {
  const compare = {
    nama: byTitle,
    omzet: byNumber((record) => record.turnoverGrowth),
    'tenaga-kerja': byNumber((record) => record.jobsGrowth),
    terbaru: (a: FilterRecord, b: FilterRecord) => b.asOf.localeCompare(a.asOf) || byTitle(a, b),
    dana: byNumber((record) => record.amount),
    tahun: byNumber((record) => record.budgetYear),
    bukti: byNumber((record) => record.evidenceRank),
  }[sort];
  return [...records].sort(compare);
}

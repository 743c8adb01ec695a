/**
 * Filtering and sorting the list of cases from a compact index, in the reader's browser. This
 * module is shared by the build (which writes the index) and the list's script, so it imports
 * nothing from the site: it must stay small enough to ship.
 */

/** The facets a reader combines on /sentra/, each a URL query key. */
export const filterKeys = ['provinsi', 'kelompok', 'pendanaan', 'status', 'tahun', 'ukuran'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The orders a reader can sort by, as the `urut` query value. */
export const sortKeys = ['nama', 'omzet', 'tenaga-kerja', 'terbaru'] as const;
export type SortKey = (typeof sortKeys)[number];

/** One case in the index: the fields the list filters, sorts and shows, nothing more. */
export interface IndexRecord {
  /** Slug, title, place ("Kabupaten Jombang, Jawa Timur"). */
  slug: string;
  title: string;
  place: string;
  /** A lesson, shown apart and marked. */
  lesson: boolean;
  /** Each facet's values (a case may have several funding schemes). */
  facets: Record<FilterKey, string[]>;
  /** Lower bound of the growth of turnover and of jobs, where a case has both ends. */
  turnoverGrowth: number | null;
  jobsGrowth: number | null;
  /** The newest date a source reports the status, for "terbaru". */
  asOf: string;
  /** The headline figure as text, and the number of its first source on the case page. */
  headline: string;
  headlineSource: number | null;
}

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

function matches(record: IndexRecord, filters: Query['filters'], skip?: FilterKey): boolean {
  return filterKeys.every((key) => {
    const wanted = filters[key];
    return key === skip || !wanted || record.facets[key].includes(wanted);
  });
}

/** The cases that match every chosen facet. */
export function filterRecords(records: readonly IndexRecord[], query: Query): IndexRecord[] {
  return records.filter((record) => matches(record, query.filters));
}

/**
 * How many cases each option of a facet would give, with the other facets as chosen: the counts a
 * reader sees beside each option, so no choice leads to an empty list unawares.
 */
export function countOptions(records: readonly IndexRecord[], query: Query, key: FilterKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!matches(record, query.filters, key)) continue;
    for (const value of record.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

// One collator, made once: `localeCompare(…, 'id')` makes a new one for every comparison.
const indonesian = new Intl.Collator('id');
const byTitle = (a: IndexRecord, b: IndexRecord) => indonesian.compare(a.title, b.title);

/** Descending by a number; cases without it go last, in title order. */
function byNumber(pick: (record: IndexRecord) => number | null) {
  return (a: IndexRecord, b: IndexRecord) => {
    const [x, y] = [pick(a), pick(b)];
    if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
    return y - x || byTitle(a, b);
  };
}

/** The cases in the chosen order. */
export function sortRecords(records: readonly IndexRecord[], sort: SortKey): IndexRecord[] {
  const compare = {
    nama: byTitle,
    omzet: byNumber((record) => record.turnoverGrowth),
    'tenaga-kerja': byNumber((record) => record.jobsGrowth),
    terbaru: (a: IndexRecord, b: IndexRecord) => b.asOf.localeCompare(a.asOf) || byTitle(a, b),
  }[sort];
  return [...records].sort(compare);
}

/**
 * The index as shipped: each field a column with one value per case, in the same order, and each
 * facet's values written once in a dictionary the facets column points into, so 14.000 cases stay a
 * file a phone fetches. Columns, not a row per case: like values side by side (titles, dates, growth
 * figures) compress better: 43.7 KB gzip at 1,000 synthetic cases where rows took 48.7.
 */
export interface PackedIndex {
  dictionary: Record<FilterKey, string[]>;
  columns: {
    [Field in keyof Omit<IndexRecord, 'lesson' | 'facets'>]: IndexRecord[Field][];
  } & {
    lesson: (0 | 1)[];
    /** For each case, for each filter key in `filterKeys` order, the positions of its values. */
    facets: number[][][];
  };
}

/** Packs records for shipping; `unpackIndex` gives them back unchanged. */
export function packIndex(records: readonly IndexRecord[]): PackedIndex {
  const dictionary = Object.fromEntries(filterKeys.map((key) => [key, [] as string[]])) as PackedIndex['dictionary'];
  const indexOf = (key: FilterKey, value: string) => {
    const list = dictionary[key];
    const found = list.indexOf(value);
    return found >= 0 ? found : list.push(value) - 1;
  };
  const column = <Field extends keyof IndexRecord>(field: Field) => records.map((record) => record[field]);
  const columns: PackedIndex['columns'] = {
    slug: column('slug'),
    title: column('title'),
    place: column('place'),
    lesson: records.map((record) => (record.lesson ? 1 : 0)),
    facets: records.map((record) => filterKeys.map((key) => record.facets[key].map((value) => indexOf(key, value)))),
    turnoverGrowth: column('turnoverGrowth'),
    jobsGrowth: column('jobsGrowth'),
    asOf: column('asOf'),
    headline: column('headline'),
    headlineSource: column('headlineSource'),
  };
  return { dictionary, columns };
}

/** The records of a packed index. */
export function unpackIndex({ dictionary, columns }: PackedIndex): IndexRecord[] {
  return columns.slug.map((slug, row) => ({
    slug,
    title: columns.title[row]!,
    place: columns.place[row]!,
    lesson: columns.lesson[row] === 1,
    facets: Object.fromEntries(
      filterKeys.map((key, index) => [
        key,
        (columns.facets[row]?.[index] ?? []).map((value) => dictionary[key][value]!),
      ]),
    ) as IndexRecord['facets'],
    turnoverGrowth: columns.turnoverGrowth[row] ?? null,
    jobsGrowth: columns.jobsGrowth[row] ?? null,
    asOf: columns.asOf[row]!,
    headline: columns.headline[row]!,
    headlineSource: columns.headlineSource[row] ?? null,
  }));
}

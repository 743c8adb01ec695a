import { getCollection } from 'astro:content';
import settings from 'virtual:etalase/settings';
import { cardFilesOf, indexRecordOf, type CardFile } from './case-index';
import { countOptions, filterKeys, type FilterKey, type IndexRecord } from './case-query';
import { groupByFacet, sortCases, type FacetPage } from './facets';

/** What every page of the list shares: the index records, the facet pages and each filter's options. */
interface CaseList {
  records: IndexRecord[];
  /** The records' cards in the files a reader's filter fetches them from. */
  cardFiles: CardFile[];
  facetPages: FacetPage[];
  options: Record<FilterKey, [string, number][]>;
}

// Worked out once per build: /sentra/ and each of its further pages (hundreds at national scale)
// show the same filters, counts and links, and indeks.json and the files of cards ship the same records.
let cached: Promise<CaseList> | undefined;

async function buildCaseList(): Promise<CaseList> {
  const entries = sortCases(await getCollection('sentra'));
  const records = entries.map((entry, position) => indexRecordOf(entry, position, settings.buildMonth));
  const all = { filters: {}, sort: 'nama' as const };
  const options = Object.fromEntries(
    filterKeys.map((key) => [
      key,
      [...countOptions(records, all, key)].sort(([a], [b]) =>
        key === 'tahun' || key === 'per' ? b.localeCompare(a) : a.localeCompare(b, 'id'),
      ),
    ]),
  ) as CaseList['options'];
  return { records, cardFiles: cardFilesOf(records), facetPages: groupByFacet(entries), options };
}

/** The list's shared parts, computed on first use and reused by every page. */
export function getCaseList(): Promise<CaseList> {
  // The dev server rereads edited cases: there the list is worked out afresh for each page.
  if (import.meta.env.DEV) return buildCaseList();
  cached ??= buildCaseList();
  return cached;
}

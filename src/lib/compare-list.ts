import { getCollection } from 'astro:content';
import { getAreaIndex } from './area';
import { toCompareCase, type CompareCase } from './compare-record';
import { sortCases } from './facets';

// Worked out once per build: /bandingkan/ and each of its further pages (hundreds at national
// scale) show the same cases; made for every page, the work grew with the square of their number.
let cached: Promise<CompareCase[]> | undefined;

async function buildCompareCases(): Promise<CompareCase[]> {
  const areas = await getAreaIndex();
  return sortCases(await getCollection('sentra')).map((entry) => toCompareCase(entry, areas));
}

/** Every case as the comparison shows it, in reading order, computed on first use. */
export function getCompareCases(): Promise<CompareCase[]> {
  // The dev server rereads edited cases: there the list is made afresh for each page.
  if (import.meta.env.DEV) return buildCompareCases();
  cached ??= buildCompareCases();
  return cached;
}

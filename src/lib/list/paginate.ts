/**
 * Cards per list page. At national scale (about 13.800 sentra) one page with every card would
 * weigh megabytes; 24 cards keep a page light on a cheap phone, and the filters work from the index.
 */
export const pageSize = 24;

/** One page of a list: its items, its number (from 1) and how many pages there are. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = pageSize): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}

/**
 * Page `number` of a list alone, the same as `paginate(items, size)[number - 1]` (an empty page
 * past the end): a list page needs only its own cards, and at national scale slicing all of a
 * list's hundreds of pages for each of them made the work grow with the square of its length.
 */
export function pageOf<T>(items: readonly T[], number: number, size = pageSize): ListPage<T> {
  const count = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** The address of page `number` of a list at `base` (which ends in a slash). */
export function pagePath(base: string, number: number): string {
  return number === 1 ? base : `${base}halaman/${number}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with a gap (`null`) between. Hundreds of pages stay a short row of links.
 */
export function pageWindow(number: number, count: number): (number | null)[] {
  const shown = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}

import { cacheKeyOf } from './image-cache';

// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build
// instead of rendering it again when its route's code is unchanged and its getStaticPaths item
// carries the same cacheKey. The key must therefore change whenever anything the page shows
// changes, besides code and configuration, which Astro hashes itself.

/** The year a build runs in: the footer of every page shows it, so every key holds it. */
export const buildYear = new Date().getFullYear();

/** What Astro's image() gives for a photo: a proxy that reads `fsPath` and `clone` quietly. */
interface ImageProxy {
  fsPath: string;
  clone: object;
}

/**
 * A photo's metadata, from Astro's image(), is a proxy that marks the original file as used by a
 * page, and so published, as soon as any other field is read: the original may carry the camera's
 * location. Its `clone` is a plain copy of the same fields, read without marking anything.
 */
function quietImages(_key: string, value: unknown): unknown {
  const fsPath = (value as Partial<ImageProxy> | null)?.fsPath;
  return typeof fsPath === 'string' ? ((value as ImageProxy).clone ?? value) : value;
}

/**
 * The cacheKey of a path drawn from `props` alone, such as a page of one case (the case, with its
 * body, and the cases it links to): a hash of their JSON, so nothing it shows can change without it.
 */
export function pageKeyOf(props: object): string {
  return cacheKeyOf(JSON.stringify([buildYear, props], quietImages));
}

/** An entry of a collection as a list shows it: its frontmatter, never its body. */
interface ListedEntry {
  collection: string;
  id: string;
  data: unknown;
}

/**
 * The cacheKey of a page that may draw on any case, such as a guide's step list: a hash of the
 * frontmatter of every entry. No list shows a body, so an edit to a story's text leaves it to be
 * copied; an edit to any case's data, or a case added or removed, renders it again. The pages of
 * the long lists, hundreds at national scale, have keys of their own cases (listPageKeyOf).
 */
export function listKeyOf(entries: readonly ListedEntry[]): string {
  return pageKeyOf(entries.map(({ collection, id, data }) => ({ collection, id, data })));
}

const listed = ({ collection, id, data }: ListedEntry) => ({ collection, id, data });

/**
 * The cacheKey of one page of a list of cases (a page of /sentra/, of a filter or of the comparison
 * table): the frontmatter of the cases `shown` on it, what else it says of the whole list (how many
 * stories, lessons, cases and pages, given beside `shown`), and `shared`, what the route shows on
 * each of its pages whatever their cases (the filter links and their counts, the finder's
 * options), hashed once per route with pageKeyOf. An edit to one case's data then renders again
 * the pages that show that case, not every page of every list; an edit that moves cases between
 * pages or changes a count renders the pages it changes.
 */
export function listPageKeyOf<P extends { shown: readonly ListedEntry[] }>(page: P, shared = ''): string {
  return pageKeyOf({ ...page, shown: page.shown.map(listed), shared });
}

/** The filter links every list page carries: each filter page's address, name and count. */
export function filterLinksOf(
  pages: readonly { facet: string; slug: string; label: string; entries: readonly unknown[] }[],
): [string, string, string, number][] {
  return pages.map((page) => [page.facet, page.slug, page.label, page.entries.length]);
}

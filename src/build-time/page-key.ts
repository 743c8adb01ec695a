import { cacheKeyOf } from '../format/cache-key';

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

// Each entry's data is hashed once per build: one case's data goes into the keys of its page, its
// three data files and every list page that shows it, and JSON.stringify with a replacer is slow
// (at 1,000 cases, half a second of every build went to the same data again and again). Astro
// hands every route the same data object for an entry without photos; an entry with photos gets
// a new copy each time, hashed anew, so a key never outlives the data it was made from.
const dataKeys = new WeakMap<object, string>();

function dataKeyOf(data: object): string {
  let key = dataKeys.get(data);
  if (key === undefined) {
    key = cacheKeyOf(JSON.stringify(data, quietImages));
    dataKeys.set(data, key);
  }
  return key;
}

/** A collection's entry, whole or as a list shows it. */
function isEntry(value: unknown): value is { collection: unknown; id: unknown; data: object } {
  if (typeof value !== 'object' || value === null) return false;
  const { collection, id, data } = value as Record<string, unknown>;
  return collection !== undefined && id !== undefined && typeof data === 'object' && data !== null;
}

/** An entry as a key holds it, its data by hash; anything else as quietImages gives it. */
function keyPart(key: string, value: unknown): unknown {
  if (!isEntry(value)) return quietImages(key, value);
  const { data, ...rest } = value;
  return { ...rest, data: dataKeyOf(data) };
}

/**
 * The cacheKey of a path drawn from `props` alone, such as a page of one case (the case, with its
 * body, and the cases it links to): a hash of their JSON, so nothing it shows can change without it.
 */
export function pageKeyOf(props: object): string {
  return cacheKeyOf(JSON.stringify([buildYear, props], keyPart));
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
 * pages or changes a count renders the pages it changes. Every list page dates its cases' status,
 * so each passes the build's `buildMonth` (virtual:etalase/settings), required so that none can
 * leave it out: a status grows old with the month, and a kept page never says "per April 2025"
 * without the "mungkin sudah berubah" it has come to need.
 */
export function listPageKeyOf<P extends { shown: readonly ListedEntry[] }>(
  page: P,
  shared: string,
  buildMonth: string,
): string {
  return pageKeyOf({ ...page, shown: page.shown.map(listed), shared, buildMonth });
}

/** The filter links every list page carries: each filter page's address, name and count. */
export function filterLinksOf(
  pages: readonly { facet: string; slug: string; label: string; entries: readonly unknown[] }[],
): [string, string, string, number][] {
  return pages.map((page) => [page.facet, page.slug, page.label, page.entries.length]);
}

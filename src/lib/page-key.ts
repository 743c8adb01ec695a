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
 * The cacheKey of a page that lists cases (a page of /sentra/, a filter, the comparison table, a
 * guide's step list): a hash of the frontmatter of every entry it may draw on. No list shows a
 * body, so an edit to a story's text leaves every list to be copied; an edit to any case's data,
 * or a case added or removed, renders them all again.
 */
export function listKeyOf(entries: readonly ListedEntry[]): string {
  return pageKeyOf(entries.map(({ collection, id, data }) => ({ collection, id, data })));
}

import { cacheKeyOf } from './image-cache';

// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build
// instead of rendering it again when its route's code is unchanged and its getStaticPaths item
// carries the same cacheKey. The key must therefore change whenever anything the page shows
// changes. A page of one case is drawn from its props alone (the case, with its body, and the
// cases it links to), besides code and configuration that Astro hashes itself, so the key is a
// hash of those props: nothing can change on the page without changing it.

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

/** The cacheKey of a path drawn from `props` alone: a hash of their JSON. */
export function pageKeyOf(props: object): string {
  return cacheKeyOf(JSON.stringify(props, quietImages));
}

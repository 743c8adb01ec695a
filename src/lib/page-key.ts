import { cacheKeyOf } from './image-cache';

// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build
// instead of rendering it again when its route's code is unchanged and its getStaticPaths item
// carries the same cacheKey. The key must therefore change whenever anything the page shows
// changes. A page of one case is drawn from its props alone (the case, with its body, and the
// cases it links to), besides code and configuration that Astro hashes itself, so the key is a
// hash of those props: nothing can change on the page without changing it.

/** The cacheKey of a path drawn from `props` alone: a hash of their JSON. */
export function pageKeyOf(props: object): string {
  return cacheKeyOf(JSON.stringify(props));
}

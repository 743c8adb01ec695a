/** The parts of Pagefind's browser API this site uses. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  debouncedSearch(
    term: string | null,
    options: { filters: Record<string, string> },
    wait: number,
  ): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind from the build's own /pagefind/ folder, once. */
export function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from trying to resolve a file that exists only after the build.
  const path = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return loading;
}

/** The parts of Pagefind's browser API this site uses. */
export interface SearchHit {
  url: string;
  excerpt: string;
  /** The page's indexed text, and the indices of its words that matched. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

/** One result: its text (a fragment file of its own) is fetched only when `data()` is called. */
export interface SearchResult {
  data(): Promise<SearchHit>;
}

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: SearchResult[] }>;
}

let loading: Promise<Pagefind> | undefined;
let starting: Promise<Pagefind> | undefined;

/** Loads Pagefind's browser API from the build's own /pagefind/ folder, once. */
export function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from trying to resolve a file that exists only after the build.
  const path = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pagefind) => {
    // The search runs in the page: Pagefind's worker is a second copy of the engine's script to
    // fetch, and searching a few thousand pages in the page is quick enough.
    await pagefind.options({ noWorker: true });
    return pagefind;
  });
  return loading;
}

/**
 * Loads the API and starts the engine (its WebAssembly and the index's metadata), once, so that a
 * search typed afterwards fetches only the index chunks of its words and the fragments it shows.
 */
export function startPagefind(): Promise<Pagefind> {
  starting ??= loadPagefind().then(async (pagefind) => {
    await pagefind.init();
    return pagefind;
  });
  return starting;
}

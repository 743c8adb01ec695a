/** How many cases a comparison sets side by side: more would not fit a phone's width. */
export const maxCompared = 3;

/** The cases a comparison's address asks for, and what it asked for that cannot be shown. */
export interface Selection {
  slugs: string[];
  unknown: string[];
  /** Cases asked for beyond the third, left out. */
  dropped: string[];
}

/**
 * Reads `?sentra=a,b,c` (or `?sentra=a&sentra=b`, as a plain form sends it): known cases in the
 * order given, each once, at most three; names no case has are returned apart to be reported.
 */
export function parseSelection(search: string, known: ReadonlySet<string>): Selection {
  const asked = new URLSearchParams(search)
    .getAll('sentra')
    .flatMap((value) => value.split(','))
    .map((slug) => slug.trim())
    .filter(Boolean);
  const unique = [...new Set(asked)];
  const found = unique.filter((slug) => known.has(slug));
  return {
    slugs: found.slice(0, maxCompared),
    unknown: unique.filter((slug) => !known.has(slug)),
    dropped: found.slice(maxCompared),
  };
}

/** The address of a comparison, commas unescaped so it reads well when shared: `?sentra=a,b`. */
export function selectionSearch(slugs: readonly string[]): string {
  return slugs.length > 0 ? `?sentra=${slugs.map(encodeURIComponent).join(',')}` : '';
}

/** The comparison page with these cases chosen, for links from a case page. */
export function compareHref(slugs: readonly string[]): string {
  return `/bandingkan/${selectionSearch(slugs)}`;
}

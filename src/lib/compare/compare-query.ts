/** How many cases a comparison sets side by side: more would not fit a phone's width. */
export const maxCompared = 3;

/** The cases a comparison's address asks for, and what it asked for that cannot be shown. */
export interface Selection {
  slugs: string[];
  unknown: string[];
  /** Cases asked for beyond the third, left out. */
  dropped: string[];
  /** Cases still to be looked up before the selection is settled. */
  pending: string[];
}

/**
 * The cases `?sentra=a,b,c` (or `?sentra=a&sentra=b`, as a plain form sends it) asks for, in the
 * order given, each once.
 */
export function requestedSlugs(search: string): string[] {
  const asked = new URLSearchParams(search)
    .getAll('sentra')
    .flatMap((value) => value.split(','))
    .map((slug) => slug.trim())
    .filter(Boolean);
  return [...new Set(asked)];
}

/**
 * Settles what to show from the cases asked for and what is known of each: `true` for a case the
 * site has, `false` for a name no case has, `undefined` for one not looked up yet. The first three
 * known cases are shown; names of no case are set apart to be reported, known cases beyond the
 * third are dropped. While the outcome still depends on a case not yet looked up, that case is
 * `pending`: the page has no list of every case, so it looks up only what it needs, a few at a time.
 */
export function settleSelection(
  requested: readonly string[],
  exists: (slug: string) => boolean | undefined,
): Selection {
  const selection: Selection = { slugs: [], unknown: [], dropped: [], pending: [] };
  for (const slug of requested) {
    const known = exists(slug);
    if (known === false) selection.unknown.push(slug);
    else if (selection.slugs.length + selection.pending.length < maxCompared)
      (known ? selection.slugs : selection.pending).push(slug);
    // Beyond the third: left out once the first three are settled; until then, undecided.
    else if (selection.pending.length === 0) selection.dropped.push(slug);
  }
  return selection;
}

/** The address of a comparison, commas unescaped so it reads well when shared: `?sentra=a,b`. */
export function selectionSearch(slugs: readonly string[]): string {
  return slugs.length > 0 ? `?sentra=${slugs.map(encodeURIComponent).join(',')}` : '';
}

/** The comparison page with these cases chosen, for links from a case page. */
export function compareHref(slugs: readonly string[]): string {
  return `/bandingkan/${selectionSearch(slugs)}`;
}

/**
 * What the comparison says while no case is chosen. The page carries it from the start for readers
 * with scripts, so that the table below does not move down when the script writes it.
 */
export const idleStatus = 'Cari dua atau tiga sentra, atau baca tabel semua sentra di bawah.';

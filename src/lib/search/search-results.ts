import { formatNumber } from '../../format/number-format';
import type { CaseKind } from '../../vocabulary/case-kinds';

/**
 * Results listed at once. Each result's text is a fragment of about 5 KB that Pagefind fetches on
 * its own: the first at once, the others as they come near the screen.
 */
export const firstCount = 5;

/** Results added each time the reader asks for more. */
export const moreCount = 10;

/**
 * Whether the last word of a term has fewer than three letters. Such a word is most likely the
 * beginning of a longer one, and it matches a wide range of words: searching it, or fetching its
 * index chunks ahead, would fetch files that the next keystroke makes useless.
 */
export function isShortWord(term: string): boolean {
  return (term.trim().split(/\s+/).at(-1)?.length ?? 0) < 3;
}

/**
 * How long the search waits after a keystroke, in milliseconds, given the reader's last gaps
 * between keystrokes (oldest first). A quarter longer than the longer of the last two gaps, so a
 * word typed at the reader's own pace is searched once, when they pause, not once per letter
 * (each search fetches index chunks and result texts); at least 150 ms, and at most 300 ms so
 * that a slow typist still sees results soon. Without a known pace (a first letter, or after a
 * pause of a second or more), 180 ms. A short word waits longer, as it is likely still being
 * typed; an emptied field, a choice in a filter or the Cari button searches at once.
 */
export function typingPause(term: string, gaps: readonly number[] = []): number {
  if (term.trim() === '') return 0;
  if (isShortWord(term)) return 600;
  const pace = Math.max(0, ...gaps.slice(-2).filter((gap) => gap < 1000));
  return pace === 0 ? 180 : Math.min(300, Math.max(150, Math.round(pace * 1.25)));
}

/** The results to fetch next, `start` included and `end` excluded, given how many are shown. */
export function nextBatch(shown: number, total: number): { start: number; end: number } {
  const size = shown === 0 ? firstCount : moreCount;
  return { start: shown, end: Math.min(total, shown + size) };
}

/** What the search says once results are shown: how many were found and, if not all, how many are shown. */
export function describeResults(shown: number, total: number): string {
  if (total === 0) return 'Tidak ada kisah yang cocok.';
  const found = `${formatNumber(total)} kisah ditemukan`;
  return shown >= total ? `${found}.` : `${found}; ${formatNumber(shown)} teratas ditampilkan.`;
}

/**
 * What a search result says of an entry that is not a success story, so that a lesson or an
 * early-stage entry never reads as one in a list of results; nothing for a success story.
 */
export function kindNoteOf(kind: CaseKind): string | undefined {
  if (kind === 'pelajaran') return 'Pelajaran, bukan kisah sukses';
  if (kind === 'tahap-awal') return 'Tahap awal, belum ada hasil yang dilaporkan';
  return undefined;
}

/** Pagefind meta: its values are text, one value a key. */
export type SearchMeta = Record<string, string | undefined>;

/** One term and its description on a result, as on a list's card; `source` links the figure to its source. */
export interface ResultFact {
  term: string;
  lines: string[];
  source?: number;
}

/**
 * The card facts of a result, from its meta (searchMetaOf in search-meta.ts), in the list's cards' order; none for
 * a page that is not a case (a guide), which carries no status.
 */
export function resultFactsOf(meta: SearchMeta): { facts: ResultFact[]; evidence: string | undefined } {
  if (meta.status === undefined) return { facts: [], evidence: undefined };
  const funding = Object.keys(meta)
    .filter((key) => /^dana\d*$/.test(key))
    .sort((a, b) => Number(a.slice(4) || 1) - Number(b.slice(4) || 1))
    .map((key) => meta[key] ?? '');
  const source = Number(meta.sumber);
  return {
    facts: [
      { term: 'Dana', lines: funding },
      { term: 'IKM', lines: [meta.ikm ?? 'jumlah tidak disebut'] },
      { term: 'Hasil', lines: [meta.hasil ?? ''], ...(Number.isInteger(source) && source > 0 ? { source } : {}) },
      { term: 'Status', lines: [meta.status] },
    ],
    evidence: meta.bukti,
  };
}

/** Words of Pagefind's result text, split as Pagefind splits them for its word locations. */
const wordSeparators = /[^\S\uFEFF]+/;
/** A word that ends a sentence or a clause: a negation never reaches across one. */
const endsClause = (word: string | undefined) => word !== undefined && /[.!?;]["”’)]*$/.test(word);
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The first match of the run of `length` words that holds the most matches, as Pagefind picks its excerpt. */
function densestMatch(locations: readonly number[], length: number): number {
  const sorted = [...locations].sort((a, b) => a - b);
  let best = sorted[0] ?? 0;
  let most = 0;
  sorted.forEach((location, index) => {
    const count = sorted.slice(index).filter((other) => other < location + length).length;
    if (count > most) [best, most] = [location, count];
  });
  return best;
}

/**
 * A result's excerpt around its densest matches, as Pagefind's own, but starting where the
 * sentence (or clause, after ";") of the first of them
 * starts, and runs to the end of a sentence where one comes within `length` more words. Pagefind's
 * own excerpt is a window of `length` words around the densest matches, which may open in the
 * middle of a sentence and drop the "tidak" before the match ("…dihitung dalam jumlah kisah
 * sukses" for "tidak dihitung"). `locations` are the indices of the matched words in `content`;
 * matches are marked with <mark>, and the rest is escaped.
 */
export function sentenceExcerpt(content: string, locations: readonly number[], length = 30): string {
  const words = content.split(wordSeparators).filter((word, index, all) => word !== '' || index < all.length - 1);
  if (words.length === 0) return '';
  const first = densestMatch(locations, length);
  let start = first;
  // Back to the start of the sentence, but never so far that the match falls out of the excerpt.
  while (start > 0 && first - start < length && !endsClause(words[start - 1])) start -= 1;
  let end = Math.min(words.length, Math.max(start + length, first + 1));
  while (end < words.length && end < start + 2 * length && !endsClause(words[end - 1])) end += 1;
  const marked = new Set(locations);
  const shown = words
    .slice(start, end)
    .map((word, index) => (marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return `${start > 0 ? '… ' : ''}${shown.join(' ')}${end < words.length ? ' …' : ''}`;
}

/**
 * The cases a reader can pick on /bandingkan/, found by name or place in the reader's browser.
 * The page lists none of them: at national scale a list of every case would weigh hundreds of
 * kilobytes on every visit. The script fetches one compact file of them when the reader starts
 * typing. This module is shared by the build (which writes the file) and that script, so it
 * imports only the text folding and the kinds' vocabulary, both plain and small.
 */
import { foldText } from '../../format/slug';
import { caseKinds, type CaseKind } from '../../vocabulary/case-kinds';

/** One case the picker can offer. */
export interface Choice {
  slug: string;
  title: string;
  /** Regency and province: `Kabupaten Jombang, Jawa Timur`. */
  place: string;
  /** What the entry is told as: a success story, a lesson or an early-stage entry, marked in the picker. */
  kind: CaseKind;
}

// The order the packed file numbers kinds in: the vocabulary's.
const kinds = caseKinds.keys;
const kindMarks = { kisah: '', pelajaran: ' (pelajaran)', 'tahap-awal': ' (tahap awal)' } as const;

/** The file as shipped: each place written once, rows pointing into that list. */
export interface PackedChoices {
  places: string[];
  rows: [slug: string, title: string, place: number, kind: number][];
}

/** How many matches the picker offers at once: a reader types more to narrow them. */
export const shownChoices = 8;

/** Packs choices for shipping; `unpackChoices` gives them back unchanged. */
export function packChoices(choices: readonly Choice[]): PackedChoices {
  const places = [...new Set(choices.map((choice) => choice.place))];
  const indexOf = new Map(places.map((place, index) => [place, index]));
  return {
    places,
    rows: choices.map((choice) => [choice.slug, choice.title, indexOf.get(choice.place)!, kinds.indexOf(choice.kind)]),
  };
}

/** The choices of a packed file. */
export function unpackChoices(packed: PackedChoices): Choice[] {
  return packed.rows.map(([slug, title, place, kind]) => ({
    slug,
    title,
    place: packed.places[place] ?? '',
    kind: kinds[kind] ?? 'kisah',
  }));
}

/** How a choice reads in the picker: `Sentra X — Kabupaten Y, Provinsi`, lessons and early-stage entries marked. */
export function choiceLabel(choice: Choice): string {
  return `${choice.title}${kindMarks[choice.kind]} — ${choice.place}`;
}

/**
 * The choices whose name or place has a word beginning with each word typed ("jomb" finds
 * Jombang, "bang" does not), best first: names that begin with the text, then names that hold
 * every word, then the rest (a match on the place); within each, in the order given. `total`
 * counts them all; `choices` keeps the first `limit`.
 */
export function matchChoices(
  choices: readonly Choice[],
  text: string,
  limit = shownChoices,
): { total: number; choices: Choice[] } {
  const query = foldText(text);
  const words = query.split(' ').filter(Boolean);
  if (words.length === 0) return { total: 0, choices: [] };
  // A space before the text, and before each word: a word is found where one begins.
  const begins = (text: string, word: string) => text.includes(` ${word}`);
  const ranked: Choice[][] = [[], [], []];
  for (const choice of choices) {
    const title = ` ${foldText(choice.title)}`;
    const all = `${title} ${foldText(choice.place)}`;
    if (!words.every((word) => begins(all, word))) continue;
    const rank = title.startsWith(` ${query}`) ? 0 : words.every((word) => begins(title, word)) ? 1 : 2;
    ranked[rank]!.push(choice);
  }
  const found = ranked.flat();
  return { total: found.length, choices: found.slice(0, limit) };
}

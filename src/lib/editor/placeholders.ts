/**
 * The mark `npm run new` leaves wherever an editor still has to write a fact from the sources.
 * A case that carries it is valid, so it can be previewed, but it is not finished: the unit tests
 * refuse it in content/sentra, so an unfinished case cannot be merged and published.
 */
export const placeholderMark = 'BELUM DIISI';

/** One place in a file still marked for the editor. */
export interface Placeholder {
  line: number;
  text: string;
}

/** Every line of a case file that still carries the mark, in frontmatter, comments or story. */
export function findPlaceholders(fileText: string): Placeholder[] {
  return fileText
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter((line) => line.text.includes(placeholderMark));
}

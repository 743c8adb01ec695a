import { sourceAnchor } from './source-numbers';

/**
 * The markup of a citation, `[1][4]` as links to the source list: written once, so a `<Ref>` in a
 * story body and a `[S1.5]` in a figure's note render the very same element. Left out of the
 * search index: the marks are no words anyone searches for, and Pagefind would join them to the
 * word before ("Doreng[1][4]").
 */
export function citationHtml(numbers: readonly number[], page = ''): string {
  const links = numbers.map(
    (number) => `<a href="${page}#${sourceAnchor(number)}" aria-label="sumber ${number}">[${number}]</a>`,
  );
  return `<sup class="source-refs" data-pagefind-ignore>${links.join('')}</sup>`;
}

import { escapeHtml as esc } from '../../format/html-text';
import { sourceAnchor } from '../case/source-numbers';

/** The muted colour of a note or of a missing figure. */
export const muted = 'text-muted';

/** Links to the numbered sources on the case's own page: `[1][4]`. */
export function sourceLinks(slug: string, numbers: readonly number[]): string {
  const links = numbers.map(
    (number) => `<a href="/sentra/${esc(slug)}/#${sourceAnchor(number)}" aria-label="sumber ${number}">[${number}]</a>`,
  );
  return links.length > 0 ? ` <sup class="whitespace-nowrap">${links.join('')}</sup>` : '';
}

/** A group of rows under one heading that stays in view while the table scrolls sideways. */
export function rowGroup(title: string, columns: number, rows: string): string {
  return (
    `<tbody><tr><th scope="rowgroup" colspan="${columns}" class="compare-group">` +
    `<span class="compare-stick">${esc(title)}</span></th></tr>${rows}</tbody>`
  );
}

/** A note across every column of the table: what a scale runs to, or why units are apart. */
export function noteRow(columns: number, html: string, attributes = ''): string {
  return `<tr><td colspan="${columns}" class="compare-note"${attributes}><span class="compare-stick">${html}</span></td></tr>`;
}

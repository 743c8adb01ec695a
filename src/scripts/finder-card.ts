import type { IndexRecord } from '../lib/list/case-query';
import { sourceAnchor } from '../lib/case/source-numbers';
import { element } from './text-element';

/** One term and its description of a card's facts. */
function fact(list: HTMLElement, term: string, ...lines: (string | Node)[]): HTMLElement {
  const description = element('dd');
  description.append(...lines);
  list.append(element('dt', '', term), description);
  return description;
}

/** One case's card, as the list's built pages draw it (CaseCard.astro), from the same facts. */
export function buildCard(record: IndexRecord): HTMLLIElement {
  const item = element('li', 'flex');
  const article = element('article', record.mark ? 'case-card case-card-marked' : 'case-card');
  if (record.mark) article.append(element('p', 'text-sm font-bold text-warn', record.mark));
  const title = element('h3', 'text-lg font-bold leading-snug');
  const link = element('a', 'text-ink', record.title);
  link.href = `/sentra/${record.slug}/`;
  title.append(link);
  article.append(
    element('p', 'text-sm font-semibold text-accent', record.sector),
    title,
    element('p', 'text-sm text-muted', record.place),
  );
  const facts = element('dl', 'card-facts');
  fact(facts, 'Dana', ...record.funding.map((line) => element('span', 'block', line)));
  fact(facts, 'IKM', record.ikm ?? 'jumlah tidak disebut');
  const result = fact(facts, 'Hasil', record.result);
  if (record.resultSource !== null) {
    // The figure links to its source, as on every card the site renders.
    const source = element('a', '', `[${record.resultSource}]`);
    source.href = `/sentra/${record.slug}/#${sourceAnchor(record.resultSource)}`;
    result.append(' ', source);
  }
  fact(facts, 'Status', record.status);
  article.append(facts, element('p', 'text-sm font-semibold', record.evidence));
  item.append(article);
  return item;
}

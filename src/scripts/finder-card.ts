import type { IndexRecord } from '../lib/list/case-query';
import { sourceAnchor } from '../lib/case/source-numbers';
import { element } from './text-element';

/** One case's card, as the list's built pages draw it. */
export function buildCard(record: IndexRecord): HTMLLIElement {
  const item = element('li', 'flex');
  const article = element(
    'article',
    `rounded-lg border bg-[var(--color-card)] p-4 flex flex-col gap-2 w-full ${
      record.lesson ? 'border-2 border-[var(--color-warn)]' : 'border-[var(--color-line)]'
    }`,
  );
  if (record.lesson) {
    article.append(element('p', 'text-sm font-bold uppercase tracking-wide text-[var(--color-warn)]', 'Pelajaran'));
  }
  const title = element('h3', 'text-lg font-bold leading-snug');
  const link = element('a', 'text-[var(--color-ink)]', record.title);
  link.href = `/sentra/${record.slug}/`;
  title.append(link);
  article.append(title, element('p', 'text-sm text-[var(--color-muted)]', record.place));
  if (record.headline) {
    const headline = element('p', 'text-sm', `${record.headline} `);
    if (record.headlineSource !== null) {
      // The figure links to its source, as on every card the site renders.
      const source = element('a', '', '[sumber]');
      source.href = `/sentra/${record.slug}/#${sourceAnchor(record.headlineSource)}`;
      headline.append(source);
    }
    article.append(headline);
  }
  const facts = [...record.facets.status, record.facets.pendanaan.join(', ')].filter(Boolean).join(' · ');
  article.append(element('p', 'text-sm text-[var(--color-muted)]', facts));
  item.append(article);
  return item;
}

import { readFileSync, readdirSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/content-loader/render-body';
import { citationHtml } from '../../src/lib/case/citation-html';
import { numberSources } from '../../src/lib/case/source-numbers';

// tests/fixtures/body-parity holds each case and guide as it stood when bodies were still compiled
// by @astrojs/mdx, with the story HTML that build wrote. The site's own renderer must give the same
// HTML but for the intended differences: an aside's classes are the theme's names now.
const folder = 'tests/fixtures/body-parity';
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

const numbersOf = (text: string) =>
  numberSources((parseFrontmatter(text).frontmatter as { sources: { id: string }[] }).sources as never);

const intended = (html: string) =>
  html
    .replaceAll('border-[var(--color-accent)] bg-[var(--color-card)]', 'border-accent bg-card')
    .replace(/\n+/g, '\n')
    .trim();

describe('a story body rendered by the site', () => {
  it('covers every case and guide of the parity set', () => expect(names.length).toBeGreaterThanOrEqual(17));

  it.each(names)('%s renders as @astrojs/mdx rendered it', (name) => {
    const text = readFileSync(`${folder}/${name}.mdx`, 'utf8');
    const { html } = renderBody(text, numbersOf(text));
    expect(intended(html)).toBe(intended(readFileSync(`${folder}/${name}.html`, 'utf8')));
  });

  it('renders a <Ref> as exactly the citation markup of the rest of the page', () => {
    const text = '---\nsources: [{ id: S1 }, { id: S2 }]\n---\n\nDua puluh lima IKM<Ref id="S2" />.\n';
    const { html } = renderBody(
      text,
      new Map([
        ['S1', 1],
        ['S2', 2],
      ]),
    );
    expect(html).toBe(`<p>Dua puluh lima IKM${citationHtml([2])}.</p>`);
  });

  it('gives headings the ids Astro would, and lists them', () => {
    const { html, headings } = renderBody('## Apa yang dibangun\n\n## Apa yang dibangun\n', new Map());
    expect(headings).toEqual([
      { depth: 2, slug: 'apa-yang-dibangun', text: 'Apa yang dibangun' },
      { depth: 2, slug: 'apa-yang-dibangun-1', text: 'Apa yang dibangun' },
    ]);
    expect(html).toContain('<h2 id="apa-yang-dibangun-1">');
  });
});

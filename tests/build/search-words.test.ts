import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';
import { searchFragments, spacedText, wordsOf } from '../support/search-fragments';

const fragments = searchFragments();
const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

// Pagefind runs text together across elements it does not take for blocks (a term and its value,
// a date and the event after it, a word and its citation marks): "PengelolaKoperasi" or
// "Doreng[1][4]" would be indexed as one word that nobody searches for, the words themselves lost,
// and the index would grow with them.
describe('the search index', () => {
  it('holds the case and guide pages', () => {
    expect([...fragments.keys()].filter((url) => url.startsWith('/sentra/')).length).toBeGreaterThan(10);
    expect([...fragments.keys()].filter((url) => url.startsWith('/panduan/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each([...fragments.keys()])('%s: every word indexed is a word the page shows', (url) => {
    const body = readPage(fileOf(url)).querySelector('[data-pagefind-body]');
    expect(body, url).not.toBeNull();
    const shown = new Set(wordsOf(spacedText(body!)));
    expect(wordsOf(fragments.get(url)!.content).filter((word) => !shown.has(word))).toEqual([]);
  });

  it.each([...fragments.keys()])('%s: the citation marks are not indexed', (url) => {
    expect(fragments.get(url)!.content).not.toMatch(/\[\d+\]/);
  });
});

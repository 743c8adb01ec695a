import { describe, expect, it } from 'vitest';
import { groupedPageOf, groupedPagesOf } from '../../src/lib/list/case-groups';
import { pageSize } from '../../src/lib/list/paginate';

const entry = (id: number, kind: 'kisah' | 'pelajaran') => ({ id: `c${id}`, data: { kind } });
// Lessons scattered among the stories, as an alphabetical list would have them.
const entries = Array.from({ length: pageSize * 2 + 5 }, (_, index) =>
  entry(index, index % 7 === 3 ? 'pelajaran' : 'kisah'),
);

describe('a list split into pages', () => {
  it('puts every story before every lesson, and counts both', () => {
    const pages = groupedPagesOf(entries);
    const kinds = pages.flatMap((page) => page.shown.map((item) => item.data.kind));
    expect(kinds.indexOf('pelajaran')).toBe(kinds.lastIndexOf('kisah') + 1);
    expect(pages[0]).toMatchObject({ stories: 45, lessons: 8, count: 3, number: 1 });
  });

  it('gives each page as groupedPageOf gives it alone', () => {
    const pages = groupedPagesOf(entries);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    for (const page of pages) expect(page).toEqual(groupedPageOf(entries, page.number));
  });
});

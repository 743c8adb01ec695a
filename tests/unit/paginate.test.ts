import { describe, expect, it } from 'vitest';
import { pageOf, pagePath, pageWindow, paginate } from '../../src/lib/list/paginate';

describe('list pages', () => {
  it('split a list into pages of a fixed size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(paginate([], 2)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('give one page alone exactly as the whole split gives it', () => {
    const items = Array.from({ length: 53 }, (_, index) => index);
    const pages = paginate(items, 10);
    for (const page of pages) expect(pageOf(items, page.number, 10)).toEqual(page);
    expect(pageOf([], 1, 10)).toEqual(paginate([], 10)[0]);
    expect(pageOf(items, 7, 10)).toEqual({ items: [], number: 7, count: 6 });
  });

  it('have addresses under the list, the first at the list itself', () => {
    expect(pagePath('/sentra/', 1)).toBe('/sentra/');
    expect(pagePath('/sentra/provinsi/jawa-timur/', 3)).toBe('/sentra/provinsi/jawa-timur/halaman/3/');
  });

  it('show a short row of page links even when there are hundreds of pages', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 575)).toEqual([1, 2, 3, null, 575]);
    expect(pageWindow(300, 575)).toEqual([1, null, 298, 299, 300, 301, 302, null, 575]);
    expect(pageWindow(575, 575)).toEqual([1, null, 573, 574, 575]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeResults,
  firstCount,
  isShortWord,
  moreCount,
  nextBatch,
  typingPause,
} from '../../src/lib/search-results';

describe('search results in batches', () => {
  it('fetch only the first few results at first, then more at each request, never past the end', () => {
    expect(firstCount).toBe(5);
    expect(moreCount).toBe(10);
    expect(nextBatch(0, 989)).toEqual({ start: 0, end: 5 });
    expect(nextBatch(5, 989)).toEqual({ start: 5, end: 15 });
    expect(nextBatch(15, 989)).toEqual({ start: 15, end: 25 });
    expect(nextBatch(985, 989)).toEqual({ start: 985, end: 989 });
    expect(nextBatch(0, 3)).toEqual({ start: 0, end: 3 });
    expect(nextBatch(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('say how many were found and, while some are held back, how many are shown', () => {
    expect(describeResults(5, 1234)).toBe('1.234 kisah ditemukan; 5 teratas ditampilkan.');
    expect(describeResults(15, 1234)).toBe('1.234 kisah ditemukan; 15 teratas ditampilkan.');
    expect(describeResults(3, 3)).toBe('3 kisah ditemukan.');
    expect(describeResults(0, 0)).toBe('Tidak ada kisah yang cocok.');
  });

  it('wait for a pause in typing, longer after a word of one or two letters, which is likely unfinished', () => {
    const short = ['', 'p', 'pe', ' pe ', 'batik t', 'batik tu'];
    const long = ['pen', 'pengolahan', 'batik tul', ' rotan '];
    expect(short.map(isShortWord)).toEqual(short.map(() => true));
    expect(long.map(isShortWord)).toEqual(long.map(() => false));
    expect(typingPause('pe')).toBe(600);
    expect(typingPause('pengolahan')).toBe(180);
    expect(typingPause(' ')).toBe(0);
  });
});

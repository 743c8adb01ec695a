import { describe, expect, it } from 'vitest';
import {
  describeResults,
  firstCount,
  isShortWord,
  kindNoteOf,
  sentenceExcerpt,
  moreCount,
  nextBatch,
  typingPause,
} from '../../src/lib/search/search-results';

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

  it("wait for a pause in typing, a little longer than the reader's own gaps between keystrokes", () => {
    const short = ['', 'p', 'pe', ' pe ', 'batik t', 'batik tu'];
    const long = ['pen', 'pengolahan', 'batik tul', ' rotan '];
    expect(short.map(isShortWord)).toEqual(short.map(() => true));
    expect(long.map(isShortWord)).toEqual(long.map(() => false));
    // A fast, even typist: 120 ms a letter.
    expect(typingPause('pengolahan', [121, 120, 124])).toBe(155);
    // The longer of the last two gaps counts; older ones and pauses of a second or more do not.
    expect(typingPause('pengolahan', [400, 120, 200])).toBe(250);
    expect(typingPause('pengolahan', [120, 2500])).toBe(150);
    // Never shorter than 150 ms nor longer than 300 ms; 180 ms without a known pace.
    expect(typingPause('pengolahan', [40, 50])).toBe(150);
    expect(typingPause('pengolahan', [600, 700])).toBe(300);
    expect(typingPause('pengolahan')).toBe(180);
    expect(typingPause('pengolahan', [5000])).toBe(180);
    // A word of one or two letters is likely unfinished; an emptied field searches at once.
    expect(typingPause('pe', [120])).toBe(600);
    expect(typingPause(' ')).toBe(0);
  });
});

describe('a result that is not a success story', () => {
  it('says it is a lesson or an early-stage entry, and nothing for a success story', () => {
    expect(kindNoteOf('pelajaran')).toBe('Pelajaran, bukan kisah sukses');
    expect(kindNoteOf('tahap-awal')).toBe('Tahap awal, belum ada hasil yang dilaporkan');
    expect(kindNoteOf('kisah')).toBeUndefined();
  });
});

describe('the excerpt of a result', () => {
  const banner =
    'Pelajaran, bukan kisah sukses. Sentra ini tidak berjalan seperti yang direncanakan. Faktanya dicatat di sini ' +
    'agar daerah lain dapat belajar darinya; sentra ini tidak dihitung dalam jumlah kisah sukses. Pangan · Olahan ' +
    'kelapa. Sentra Olahan Kelapa di Lombok Utara ini dibangun dengan DAK sejak 2022 dan diresmikan Juli 2024.';
  const at = (word: string, from = 0) => banner.split(' ').indexOf(word, from);

  it('never drops the negation before a match: it starts where the sentence or clause starts', () => {
    const excerpt = sentenceExcerpt(banner, [at('dihitung')], 8);
    expect(excerpt).toBe('… sentra ini tidak <mark>dihitung</mark> dalam jumlah kisah sukses. …');
  });

  it('runs to the end of the sentence of its match, and marks every match shown', () => {
    const excerpt = sentenceExcerpt(banner, [at('Sentra', 10), at('DAK')], 8);
    expect(excerpt).toBe(
      '… <mark>Sentra</mark> Olahan Kelapa di Lombok Utara ini dibangun dengan <mark>DAK</mark> sejak 2022 dan diresmikan Juli 2024.',
    );
  });

  it('opens at the densest matches, as Pagefind does, not at a lone first match', () => {
    const excerpt = sentenceExcerpt(banner, [at('kisah'), at('Olahan'), at('Olahan', 33), at('Kelapa')], 6);
    expect(excerpt.startsWith('… Pangan · <mark>Olahan</mark> kelapa.')).toBe(true);
  });

  it('escapes the text, which is set as HTML', () => {
    expect(sentenceExcerpt('A <b> & C.', [0])).toBe('<mark>A</mark> &lt;b&gt; &amp; C.');
  });
});

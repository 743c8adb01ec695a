import { describe, expect, it } from 'vitest';
import {
  describeResults,
  firstCount,
  isShortWord,
  kindNoteOf,
  sentenceExcerpt,
  moreCount,
  nextBatch,
  resultFactsOf,
  typingPause,
} from '../../src/lib/search/search-results';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { cardFactsOf, noAmount, noResult } from '../../src/lib/list/card-facts';
import { searchMetaOf } from '../../src/lib/search/search-meta';
import { jombangData } from '../support/case-file';

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

describe("a result's card facts", () => {
  it("are the list card's lines, carried as meta on the case page: funding, IKM, result, dated status, evidence", async () => {
    const data = await jombangData();
    const facts = cardFactsOf(data, '2026-12');
    const meta = searchMetaOf(data, '2026-12');
    expect(meta).toMatchObject({ dana: facts.funding[0], hasil: facts.result, bukti: facts.evidence });
    expect(meta.status).toMatch(/ · per /);
    expect(meta.sumber).toMatch(/^[1-9]\d*$/);
    const { facts: shown, evidence } = resultFactsOf(meta);
    expect(shown.map((fact) => fact.term)).toEqual(['Dana', 'IKM', 'Hasil', 'Status']);
    expect(shown[0]?.lines).toEqual(facts.funding);
    expect(shown[1]?.lines).toEqual([facts.ikm ?? 'jumlah tidak disebut']);
    expect(shown[2]).toEqual({ term: 'Hasil', lines: [facts.result], source: Number(meta.sumber) });
    expect(evidence).toBe(facts.evidence);
  });

  it('keep every funding line in order, say when no source counts the IKM, and show a stale status as such', async () => {
    const data = {
      ...(await jombangData()),
      kind: 'tahap-awal',
      ikmUnits: undefined,
      status: { value: 'beroperasi', asOf: '2019-11', sources: ['S1'] },
      funding: Array.from({ length: 10 }, (_, index) => ({ scheme: 'dak-fisik-ikm', years: [2010 + index] })),
    } as Sentra;
    const meta = searchMetaOf(data, '2026-12');
    expect(meta).not.toHaveProperty('ikm');
    // An early-stage entry shows no figure as its result, so no source either.
    expect(meta).not.toHaveProperty('sumber');
    // Pagefind may hand the keys back in any order, such as its own alphabetical one.
    const sorted = Object.fromEntries(Object.entries(meta).sort(([a], [b]) => a.localeCompare(b)));
    expect(Object.keys(sorted).slice(0, 3)).toEqual(['bukti', 'dana', 'dana10']);
    const { facts } = resultFactsOf(sorted);
    expect(facts[0]?.lines).toEqual(
      Array.from({ length: 10 }, (_, index) => `DAK Fisik Bidang IKM ${2010 + index} · ${noAmount}`),
    );
    expect(facts[1]?.lines).toEqual(['jumlah tidak disebut']);
    expect(facts[2]).toEqual({ term: 'Hasil', lines: [noResult] });
    expect(facts[3]?.lines[0]).toMatch(/^Beroperasi · per November 2019.*mungkin sudah berubah/);
  });

  it('are none for a page that is not a case, such as a guide', () => {
    expect(resultFactsOf({ title: 'Cara mengajukan DAK', summary: 'Langkah demi langkah' })).toEqual({
      facts: [],
      evidence: undefined,
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteHistory } from '../../src/lib/case/history';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { feedItemsOf, feedSize } from '../../src/lib/share/feed';
import { entryOf, jombangData, jombangFile } from '../support/case-file';

let jombang: Sentra;
beforeAll(async () => {
  jombang = await jombangData();
});

const site = new URL('https://contoh.example/');
const noted = 'a'.repeat(40);

/**
 * The Jombang case's file changed twice, after its facts were last checked (a noted change is news
 * after that): once with a note for readers, once without.
 */
const history: SiteHistory = {
  state: 'lengkap',
  commits: [
    { hash: noted, date: '2030-01-05', notes: ['Angka omzet 2024 diperbarui dari laporan Disperindag'] },
    { hash: 'b'.repeat(40), date: '2030-01-06', notes: [] },
  ],
  files: { [jombangFile]: [1, 0] },
};

const jombangEntry = () => ({ ...entryOf('slag-aluminium-kendalsari-jombang', jombang), filePath: jombangFile });

describe('the feed with the change history', () => {
  it('carries a noted change, with its note, beside the case, newest first; a minor change stays out', () => {
    const items = feedItemsOf([jombangEntry(), entryOf('lain', jombang)], site, history);
    const page = 'https://contoh.example/sentra/slag-aluminium-kendalsari-jombang/';
    expect(items.map((item) => item.link)).toEqual([`${page}#riwayat`, 'https://contoh.example/sentra/lain/', page]);
    expect(items[0]).toMatchObject({
      title: 'Diperbarui: Sentra IKM Slag Aluminium Kendalsari',
      pubDate: new Date('2030-01-05T00:00:00Z'),
      description: 'Kabupaten Jombang, Jawa Timur. Angka omzet 2024 diperbarui dari laporan Disperindag.',
      categories: ['Logam dan daur ulang logam', 'Jawa Timur'],
      customData: `<guid isPermaLink="false">${page}#perubahan-${noted}</guid>`,
    });
  });

  it('carries no change from a shallow clone, and holds changes and cases together to its size', () => {
    expect(feedItemsOf([jombangEntry()], site, { ...history, state: 'dangkal' })).toHaveLength(1);
    const many: SiteHistory = {
      state: 'lengkap',
      commits: Array.from({ length: feedSize }, (_, index) => ({
        hash: String(index).padStart(40, '0'),
        date: '2030-01-05',
        notes: [`Catatan ${index}`],
      })),
      files: { [jombangFile]: Array.from({ length: feedSize }, (_, index) => index) },
    };
    const items = feedItemsOf([jombangEntry()], site, many);
    expect(items).toHaveLength(feedSize);
    expect(items.every((item) => item.link?.endsWith('#riwayat'))).toBe(true);
  });
});

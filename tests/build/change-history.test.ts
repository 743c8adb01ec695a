import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format/date-format';
import { feedSize } from '../../src/lib/share/feed';
import { distDir, root } from '../support/astro-build';
import { jombangFile } from '../support/case-file';
import { readPage } from '../support/dist';

const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
const text = (node: { textContent: string } | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();

describe('the change history of a case', () => {
  it('is built from the full history of the repository', () => {
    // .ci/run fetches the whole history of a shallow clone: a shallow one would show no dates.
    expect(git('rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('shows on the Jombang page each day its file changed, as git log gives them, the first as its addition', () => {
    const page = readPage('sentra/slag-aluminium-kendalsari-jombang/index.html');
    const section = page.querySelector('section[aria-labelledby=riwayat]');
    expect(text(section?.querySelector('h3'))).toBe('Riwayat perubahan');
    // Every commit of the file, with its day and any note for readers; none carries one yet.
    const commits = git(
      'log',
      '--follow',
      '--format=%cs %(trailers:key=Perubahan,valueonly,separator=%x3b)',
      '--',
      jombangFile,
    )
      .split('\n')
      .map((line) => ({ date: line.slice(0, 10), note: line.slice(11).trim() }));
    expect(commits.length).toBeGreaterThan(1);
    expect(commits.filter((commit) => commit.note)).toEqual([]);
    const days = [...new Set(commits.map((commit) => commit.date))];
    const added = commits.at(-1)!.date;
    const expected = days.map((day) => {
      const minor = commits.filter((commit) => commit.date === day).length - (day === added ? 1 : 0);
      const counted = minor > 0 ? `${day === added ? ' dan ' : ''}${minor} perubahan kecil` : '';
      return `${formatDate(day)}: ${day === added ? 'ditambahkan ke etalase' : ''}${counted}.`;
    });
    const items = section?.querySelectorAll('ol > li') ?? [];
    expect(items.map(text)).toEqual(expected);
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(days);
    // The editor's own date stays where it was, and the history says it is the editor's.
    expect(text(section)).toContain('Tanggal fakta terakhir diperiksa di bagian atas adalah pernyataan penyunting');
  });

  it('shows on every case page, and the feed carries every change noted for readers', () => {
    const slugs = readdirSync(join(root, 'content/sentra')).map((name) => name.replace(/\.mdx$/, ''));
    for (const slug of slugs) {
      const section = readPage(`sentra/${slug}/index.html`).querySelector('section[aria-labelledby=riwayat]');
      expect(section?.querySelectorAll('ol > li time').length, slug).toBeGreaterThan(0);
    }
    // While the feed is not full, every change noted for readers is an item of its own guid.
    const noted = git('log', '--format=%H %(trailers:key=Perubahan,valueonly,separator=%x3b)', '--', 'content/sentra')
      .split('\n')
      .filter((line) => line.length > 41)
      .map((line) => line.slice(0, 40));
    const feed = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    expect([...feed.matchAll(/<item>/g)].length).toBeLessThan(feedSize);
    const changes = [...feed.matchAll(/#perubahan-([0-9a-f]{40})<\/guid>/g)].map((match) => match[1]);
    expect(new Set(changes)).toEqual(new Set(noted));
  });
});

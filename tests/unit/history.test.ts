import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
// Astro's own test of a module as content data, which its incremental build leaves out of a route's
// code hash; not exported, so read from its file: an upgrade that renames it fails here.
import { isContentDataIncrementalModule } from '../../node_modules/astro/dist/core/build/incremental-metadata.js';
import { contentHistory, readHistory } from '../../src/build-time/integrations/history';
import { caseHistoryOf, parseGitLog, type SiteHistory } from '../../src/lib/case/history';
import { commitUrl, historyNotices, historyViewOf, notedChangesOf } from '../../src/lib/case/history-view';
import { root } from '../support/astro-build';
import { tempDir } from '../support/temp-dir';

/** One commit as `git log -z` prints it with the build's format: header, then its files. */
function record(hash: string, date: string, notes: string[], ...files: string[][]): string {
  const header = `\x1e${hash}\x1f${date}\x1f${notes.join('\x1f')}\0`;
  return files.length === 0 ? header : `${header}\n${files.flat().join('\0')}\0`;
}

const hash = (digit: string) => digit.repeat(40);
const jombang = 'content/sentra/slag-aluminium-kendalsari-jombang.mdx';
const oldName = 'content/sentra/slag-aluminium-jombang.mdx';

// Newest first, as git lists them: a noted change, a merge that lists no file, two minor
// changes on one day, the rename to today's name, and the file's first commit under its old name.
const log = [
  record(hash('a'), '2026-12-07', ['Angka omzet 2024 diperbarui dari laporan Disperindag.'], ['M', jombang]),
  record(hash('b'), '2026-12-06', []),
  record(hash('c'), '2026-12-05', [], ['M', jombang], ['M', 'content/README.md']),
  record(hash('d'), '2026-12-05', [], ['M', jombang]),
  record(
    hash('e'),
    '2026-11-30',
    ['Nama berkas mengikuti nama sentra', 'Judul dipersingkat'],
    ['R087', oldName, jombang],
  ),
  record(hash('f'), '2026-11-23', [], ['M', oldName]),
  record(hash('0'), '2026-11-20', [], ['A', oldName], ['A', 'content/README.md']),
].join('');

const site = (): SiteHistory => ({ state: 'lengkap', ...parseGitLog(log) });

describe('the content history read from one git log', () => {
  it('reads each commit once with its date and its Perubahan notes, and leaves out commits with no file', () => {
    const { commits } = parseGitLog(log);
    expect(commits.map((commit) => commit.hash[0])).toEqual(['a', 'c', 'd', 'e', 'f', '0']);
    expect(commits[0]).toEqual({
      hash: hash('a'),
      date: '2026-12-07',
      notes: ['Angka omzet 2024 diperbarui dari laporan Disperindag.'],
    });
    expect(commits[3]?.notes).toEqual(['Nama berkas mengikuti nama sentra', 'Judul dipersingkat']);
    expect(commits[1]?.notes).toEqual([]);
  });

  it('keeps a renamed case its history from before the rename, under its name today', () => {
    const { files, commits } = parseGitLog(log);
    expect(files[jombang]?.map((index) => commits[index]!.hash[0])).toEqual(['a', 'c', 'd', 'e', 'f', '0']);
    expect(files[oldName]).toBeUndefined();
    expect(files['content/README.md']?.map((index) => commits[index]!.hash[0])).toEqual(['c', '0']);
  });

  it('gives a file outside the repository, or not yet committed, no history rather than an error', () => {
    expect(caseHistoryOf(site(), '../../tmp/inkremental-x/sentra/a.mdx')).toEqual({ state: 'lengkap', changes: [] });
    expect(caseHistoryOf(site(), undefined)).toEqual({ state: 'lengkap', changes: [] });
    expect(caseHistoryOf(site(), 'constructor')).toEqual({ state: 'lengkap', changes: [] });
    expect(historyViewOf(caseHistoryOf(site(), 'content/sentra/baru.mdx'))).toEqual({
      notice: historyNotices.kosong,
      days: [],
    });
    expect(caseHistoryOf(site(), `./${jombang}`)).toEqual(caseHistoryOf(site(), jombang));
  });

  it('shows each day with its notes, counts the minor changes, and marks the day the case was added', () => {
    const view = historyViewOf(caseHistoryOf(site(), jombang));
    expect(view.notice).toBeUndefined();
    expect(view.days.map((day) => [day.label, day.phrases.map((phrase) => phrase.text)])).toEqual([
      ['7 Desember 2026', ['Angka omzet 2024 diperbarui dari laporan Disperindag']],
      ['5 Desember 2026', ['2 perubahan kecil']],
      ['30 November 2026', ['Nama berkas mengikuti nama sentra', 'Judul dipersingkat']],
      ['23 November 2026', ['1 perubahan kecil']],
      ['20 November 2026', ['ditambahkan ke etalase']],
    ]);
    expect(view.days[0]?.date).toBe('2026-12-07');
    expect(view.days[0]?.phrases[0]?.hash).toBe(hash('a'));
    expect(view.days[1]?.phrases[0]?.hash).toBeUndefined();
    expect(view.days[2]?.phrases.map((phrase) => phrase.lead)).toEqual(['', '; ']);
  });

  it('adds the minor changes of a day after its notes with "dan"', () => {
    const sameDay = [
      record(hash('1'), '2024-08-17', [], ['M', jombang]),
      record(hash('2'), '2024-08-17', ['Foto ditambahkan'], ['M', jombang]),
      record(hash('3'), '2024-08-17', [], ['M', jombang]),
      record(hash('4'), '2024-08-17', [], ['M', jombang]),
      record(hash('5'), '2024-08-10', [], ['A', jombang]),
    ].join('');
    const view = historyViewOf(caseHistoryOf({ state: 'lengkap', ...parseGitLog(sameDay) }, jombang));
    expect(view.days.map((day) => day.phrases.map((phrase) => `${phrase.lead}${phrase.text}`).join(''))).toEqual([
      'Foto ditambahkan dan 3 perubahan kecil',
      'ditambahkan ke etalase',
    ]);
    expect(view.days[0]?.label).toBe('17 Agustus 2024');
  });

  it('says why there are no dates in a shallow clone or a build without git', () => {
    const shallow: SiteHistory = { state: 'dangkal', commits: [], files: {} };
    expect(historyViewOf(caseHistoryOf(shallow, jombang))).toEqual({ notice: historyNotices.dangkal, days: [] });
    expect(historyNotices.dangkal).toMatch(/^Riwayat tidak lengkap: salinan repositori dangkal/);
    const none: SiteHistory = { state: 'tanpa-git', commits: [], files: {} };
    expect(historyViewOf(caseHistoryOf(none, jombang)).notice).toBe(historyNotices['tanpa-git']);
  });

  it('gives the feed only the noted changes, and links a commit only where the repository is known', () => {
    expect(notedChangesOf(caseHistoryOf(site(), jombang)).map((change) => change.hash[0])).toEqual(['a', 'e']);
    expect(notedChangesOf({ state: 'dangkal' })).toEqual([]);
    expect(commitUrl('https://github.com/kemenperin/etalase/', hash('a'))).toBe(
      `https://github.com/kemenperin/etalase/commit/${hash('a')}`,
    );
    expect(commitUrl('', hash('a'))).toBeUndefined();
  });
});

describe('the history a build reads from git', () => {
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Penyunting',
    GIT_AUTHOR_EMAIL: 'penyunting@contoh.example',
    GIT_COMMITTER_NAME: 'Penyunting',
    GIT_COMMITTER_EMAIL: 'penyunting@contoh.example',
    GIT_CONFIG_NOSYSTEM: '1',
    // A signing or hook setting of the machine's own git must not touch these throwaway commits.
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (dir: string, args: string[], date = '2024-08-17T10:00:00+07:00') =>
    execFileSync('git', ['-C', dir, ...args], {
      env: { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
      stdio: 'pipe',
    });

  /** A repository with one case, added, renamed with a note, then changed just before midnight. */
  function repository(): string {
    const dir = tempDir('riwayat-');
    git(dir, ['init', '--quiet']);
    mkdirSync(join(dir, 'content/sentra'), { recursive: true });
    writeFileSync(join(dir, 'content/sentra/lama.mdx'), '---\ntitle: Sentra\n---\n\nKisah yang cukup panjang.\n');
    writeFileSync(join(dir, 'README.md'), 'Bukan konten.\n');
    git(dir, ['add', '.'], '2024-08-10T09:00:00+07:00');
    git(dir, ['commit', '--quiet', '-m', 'Add a case'], '2024-08-10T09:00:00+07:00');
    git(dir, ['mv', 'content/sentra/lama.mdx', 'content/sentra/baru.mdx']);
    git(dir, ['commit', '--quiet', '-m', 'Rename\n\nPerubahan: Nama berkas diganti'], '2024-08-15T09:00:00+07:00');
    writeFileSync(join(dir, 'content/sentra/baru.mdx'), '---\ntitle: Sentra\n---\n\nKisah yang cukup panjang lagi.\n');
    // 23:30 in Jakarta is 16:30 UTC: the day shown is the committer's, whatever the build's zone.
    git(dir, ['commit', '--quiet', '-am', 'Fix a typo'], '2024-08-17T23:30:00+07:00');
    return dir;
  }

  it('reads the dates, notes and renames of the content folder in one pass', () => {
    const { history, problem } = readHistory(repository());
    expect(problem).toBeUndefined();
    const changes = caseHistoryOf(history, 'content/sentra/baru.mdx');
    expect(changes.state === 'lengkap' && changes.changes.map(({ date, notes }) => [date, notes])).toEqual([
      ['2024-08-17', []],
      ['2024-08-15', ['Nama berkas diganti']],
      ['2024-08-10', []],
    ]);
    expect(Object.keys(history.files)).toEqual(['content/sentra/baru.mdx']);
  });

  it('gives no dates from a shallow clone and says so', () => {
    const clone = join(tempDir('riwayat-dangkal-'), 'salinan');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repository()}`, clone], { stdio: 'pipe' });
    const { history, problem } = readHistory(clone);
    expect(history).toEqual({ state: 'dangkal', commits: [], files: {} });
    expect(problem).toMatch(/^Salinan repositori dangkal/);
  });

  it('gives no history outside a repository (a tarball) and says so', () => {
    const { history, problem } = readHistory(tempDir('riwayat-tanpa-git-'));
    expect(history).toEqual({ state: 'tanpa-git', commits: [], files: {} });
    expect(problem).toMatch(/^Riwayat perubahan tidak tersedia/);
  });
});

describe('the virtual module of the history', () => {
  /** The module as contentHistory() hands it to Vite for this project. */
  function load() {
    const updateConfig = vi.fn();
    const logger = { warn: vi.fn() };
    const hooks = contentHistory().hooks as unknown as { 'astro:config:setup': (options: object) => void };
    hooks['astro:config:setup']({ config: { root: pathToFileURL(root) }, updateConfig, logger });
    const plugin = updateConfig.mock.calls[0]![0].vite.plugins[0];
    const id = plugin.resolveId('virtual:etalase/history');
    return { id, loaded: plugin.load(id) as { code: string; meta: object }, logger };
  }

  // Every commit changes the history: in the route's code hash, it would render every case page
  // again after any commit. Each case page's cacheKey holds its own history instead.
  it('is content data to the incremental build, like the store of entries', () => {
    const { loaded, logger } = load();
    expect(isContentDataIncrementalModule({ meta: loaded.meta })).toBe(true);
    expect(loaded.code).toMatch(/^export default \{"state":"lengkap",/);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('the Astro line the history module was written for', () => {
  it('is the installed one, and any other stops the build with a message', async () => {
    const { checkAstroVersion } = await import('../../src/build-time/integrations/history');
    const { version } = (await import('astro/package.json', { with: { type: 'json' } })).default as { version: string };
    expect(() => checkAstroVersion(version)).not.toThrow();
    expect(() => checkAstroVersion('8.0.0')).toThrow(/Astro yang terpasang 8\.0\.0/);
  });
});

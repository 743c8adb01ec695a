// Every case's change history, read from one `git log` over the whole content folder per build
// (src/build-time/integrations/history.ts runs it): a log per file would start git once per case,
// fourteen thousand times at national scale.

/** One commit that changed content. */
export interface ContentCommit {
  /** The full hash: an abbreviated one grows with the repository, so two clones could differ. */
  hash: string;
  /** The committer's own calendar day, `2024-08-17`: no build machine's time zone can shift it. */
  date: string;
  /** Its notes for readers, the `Perubahan:` trailers in the order written; none for a minor change. */
  notes: string[];
}

/** How much history the build could read: all of it, a shallow clone's cut-off part, or none. */
export type HistoryState = 'lengkap' | 'dangkal' | 'tanpa-git';

/** The history of the content folder, as the build hands it to pages. */
export interface SiteHistory {
  state: HistoryState;
  /** Every commit that changed a file, newest first, once each however many files it changed. */
  commits: ContentCommit[];
  /** Each file's changes, by its path from the project root today: indexes into `commits`, newest first. */
  files: Record<string, number[]>;
}

/** One case's history: its changes, newest first, or why the build could not tell. */
export type CaseHistory = { state: 'lengkap'; changes: ContentCommit[] } | { state: 'dangkal' | 'tanpa-git' };

/** The reader's note of a commit: a `Perubahan:` trailer (git matches the key in any case). */
const noteTrailer = 'Perubahan';

// Records start with \x1e; a commit's hash, date and notes are parted by \x1f. With -z the file
// list that follows is NUL-separated and never quoted, whatever a file is called.
const logFormat = `%x1e%H%x1f%cs%x1f%(trailers:key=${noteTrailer},valueonly,unfold,separator=%x1f)`;

/**
 * The arguments of the one `git log` a build runs, from the project root. Settings that a
 * machine's git configuration could change are given explicitly, so that one commit gives one log
 * everywhere: rename detection (a renamed case keeps its history), paths from the project root,
 * no signatures among the lines.
 */
export function gitLogArgs(folder: string): string[] {
  return [
    '-c',
    'log.showSignature=false',
    'log',
    '-z',
    `--format=${logFormat}`,
    '--name-status',
    '-M',
    '--relative',
    '--no-color',
    '--',
    folder,
  ];
}

/** A status line's files: what the file was called before (renames only) and what it is called now. */
function fileChanges(fields: readonly string[]): { from?: string; path: string }[] {
  const changes: { from?: string; path: string }[] = [];
  for (let index = 0; index < fields.length;) {
    const status = fields[index]!;
    // A rename names the old and the new path; a copy is a new file, named after its source.
    if (status.startsWith('R')) changes.push({ from: fields[index + 1]!, path: fields[index + 2]! });
    else if (status.startsWith('C')) changes.push({ path: fields[index + 2]! });
    else changes.push({ path: fields[index + 1]! });
    index += status.startsWith('R') || status.startsWith('C') ? 3 : 2;
  }
  return changes;
}

/**
 * Reads the log that `gitLogArgs` asks for into each file's changes. The log runs newest first:
 * when a rename shows, every older line of the old path belongs to the file under its new name.
 * Commits that changed no file of the folder (merges, as git lists them) are left out.
 */
export function parseGitLog(text: string): Omit<SiteHistory, 'state'> {
  const commits: ContentCommit[] = [];
  const files: Record<string, number[]> = {};
  // What an older path is called today, once a rename has been read.
  const renamedTo = new Map<string, string>();
  for (const record of text.split('\x1e').slice(1)) {
    const [header = '', ...rest] = record.split('\0');
    const [hash = '', date = '', ...notes] = header.split('\x1f');
    const fields = rest.map((field, index) => (index === 0 ? field.replace(/^\n/, '') : field)).filter(Boolean);
    if (fields.length === 0) continue;
    const index = commits.push({ hash, date, notes: notes.map((note) => note.trim()).filter(Boolean) }) - 1;
    for (const { from, path } of fileChanges(fields)) {
      const today = renamedTo.get(path) ?? path;
      const changes = (files[today] ??= []);
      if (changes.at(-1) !== index) changes.push(index);
      if (from !== undefined) renamedTo.set(from, today);
    }
  }
  return { commits, files };
}

/**
 * One file's history by its path from the project root (a loader's `filePath`). A file outside
 * the repository, or not yet committed, has none yet.
 */
export function caseHistoryOf(site: SiteHistory, path: string | undefined): CaseHistory {
  if (site.state !== 'lengkap') return { state: site.state };
  const key = path?.replaceAll('\\', '/').replace(/^\.\//, '');
  const indexes = (key !== undefined && Object.hasOwn(site.files, key) ? site.files[key] : undefined) ?? [];
  return { state: 'lengkap', changes: indexes.map((index) => site.commits[index]!) };
}

// What the bench is done with (a build's output, Astro's caches, the synthetic cases) is moved
// aside and deleted only once every build is timed. On this machine's disk (ext4 without a
// journal) the kernel hands a new file an inode only after passing over, one by one, every inode of
// the same group freed in about the last minute: deleted just before, a build's 16,000 files of
// 1,000 cases made every file the next build wrote cost a scan of them, a tax that grows with the
// product of the two builds' file counts. A deploy starts on a fresh machine, where nothing was
// deleted a moment before; so does each build here.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/astro-build.ts';

// In the project's .astro folder, which git ignores, and so does Tailwind when it looks for class
// names: a discarded cache beside the baseline's sources was read as sources, and its stories'
// words became classes in the site's stylesheet.
const trash = join(root, '.astro', `bench-trash-${process.pid}`);
let discarded = 0;

/**
 * Moves `path` into the bench's trash folder, to be deleted by emptyTrash; nothing to do if it
 * does not exist. A rename, so it costs nothing; across disks, where no rename goes, it is
 * deleted at once.
 */
export function discard(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  try {
    renameSync(path, join(trash, String(discarded++)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    rmSync(path, { recursive: true, force: true });
  }
}

/** Deletes everything discarded so far: once the timed builds are over. */
export function emptyTrash(): void {
  rmSync(trash, { recursive: true, force: true });
}

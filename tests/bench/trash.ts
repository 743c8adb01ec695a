// What the bench is done with (a build's output, Astro's caches, the synthetic cases) is moved
// aside and deleted only once every build is timed. On this machine's disk (ext4 without a
// journal) the kernel hands a new file an inode only after passing over, one by one, every inode of
// the same group freed in about the last minute: deleted just before, a build's 16,000 files of
// 1,000 cases made every file the next build wrote cost a scan of them, a tax that grows with the
// product of the two builds' file counts. A deploy starts on a fresh machine, where nothing was
// deleted a moment before; so does each build here.
import { existsSync, renameSync, rmSync } from 'node:fs';

const discarded: string[] = [];

/**
 * Moves `path` out of the way under a name beside it (a rename, never across disks), to be
 * deleted by emptyTrash. Nothing to do if it does not exist.
 */
export function discard(path: string): void {
  if (!existsSync(path)) return;
  const aside = `${path}.bench-trash-${process.pid}-${discarded.length}`;
  renameSync(path, aside);
  discarded.push(aside);
}

/** Deletes everything discarded so far: once the timed builds are over. */
export function emptyTrash(): void {
  for (const path of discarded.splice(0)) rmSync(path, { recursive: true, force: true });
}

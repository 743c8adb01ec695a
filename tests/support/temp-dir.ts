import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Folders made during the current test file; tests/support/remove-temp-dirs.ts removes them when
// it ends. Some hold a whole build (tens of megabytes): left behind, every run of `npm test`
// would add them to the machine's temporary folder for good.
const made: string[] = [];

/** A new empty folder under the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` has made so far; returns how many it removed. */
export function removeTempDirs(): number {
  const count = made.length;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  return count;
}

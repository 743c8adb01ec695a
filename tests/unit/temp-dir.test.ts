import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/temp-dir';

describe('the tests’ temporary folders', () => {
  it('are removed with what they hold, once each', () => {
    const dirs = [tempDir('temp-dir-a-'), tempDir('temp-dir-b-')];
    writeFileSync(join(dirs[0]!, 'isi.txt'), 'isi');
    expect(dirs.every((dir) => existsSync(dir))).toBe(true);
    expect(removeTempDirs()).toBe(2);
    expect(dirs.some((dir) => existsSync(dir))).toBe(false);
    expect(removeTempDirs()).toBe(0);
  });
});

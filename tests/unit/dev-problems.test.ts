import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProblems, recordProblems } from '../../src/content-check/dev-problems';
import { tempDir } from '../support/temp-dir';

describe('problems shown in the dev overlay', () => {
  const file = join(tempDir('dev-problems-'), 'kasus.mdx');

  it('stay while the file is as it was when it failed', () => {
    writeFileSync(file, 'rusak');
    recordProblems(file, 'kasus.mdx:4 → areaCode: …', 'rusak');
    expect(openProblems()).toEqual(['kasus.mdx:4 → areaCode: …']);
  });

  it('go when the file is put back the way it was (the loader skips an unchanged entry)', () => {
    writeFileSync(file, 'baik');
    expect(openProblems()).toEqual([]);
  });

  it('go when the loader finds the file valid again', () => {
    writeFileSync(file, 'rusak');
    recordProblems(file, 'masalah', 'rusak');
    recordProblems(file, undefined);
    expect(openProblems()).toEqual([]);
  });
});

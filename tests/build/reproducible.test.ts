import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, root, runAstroBuild } from '../support/astro-build';
import { diffFolders } from '../support/folder-diff';
import { tempDir } from '../support/temp-dir';

describe('the build', () => {
  // A second build of the same files, in another time zone and locale as another machine would
  // have, into another folder: a deploy that changes no content changes no byte, and a reviewer
  // can rebuild what was deployed to check it.
  it('gives a byte-identical dist/ when run twice on the same commit', () => {
    const outDir = join(tempDir('dist-kedua-'), 'dist');
    // Without the incremental build's record, every page is rendered again, none copied.
    rmSync(join(root, '.astro/cache/incremental-build.json'), { force: true });
    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: '', TZ: 'Pacific/Kiritimati', LANG: 'C' }, [
      '--outDir',
      outDir,
    ]);
    expect(status, output).toBe(0);
    // A clean build prints no warning, so an editor's build that does is worth reading.
    expect(output.split('\n').filter((line) => /\bWARN\b/.test(line))).toEqual([]);
    expect(output).not.toMatch(/\((?:cached|restored)\)/);
    expect(readdirSync(outDir, { recursive: true }).length).toBeGreaterThan(100);
    expect(diffFolders(distDir, outDir)).toEqual([]);
  }, 180_000);

  it('would fail if they differed: the same comparison names a changed, a missing and an extra file', () => {
    const [a, b] = [tempDir('dist-a-'), tempDir('dist-b-')];
    for (const root of [a, b]) mkdirSync(join(root, 'sentra'));
    writeFileSync(join(a, 'sentra/index.html'), '<p>Dibangun 17 Agustus 2024</p>');
    writeFileSync(join(b, 'sentra/index.html'), '<p>Dibangun 18 Agustus 2024</p>');
    writeFileSync(join(a, 'sama.txt'), 'sama');
    writeFileSync(join(b, 'sama.txt'), 'sama');
    writeFileSync(join(a, 'lama.js'), '1');
    writeFileSync(join(b, 'baru.js'), '1');
    expect(diffFolders(a, b)).toEqual([
      'baru.js: only in the second',
      'lama.js: only in the first',
      'sentra/index.html: different bytes',
    ]);
  });
});

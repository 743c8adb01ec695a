import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, runAstroBuild } from '../support/astro-build';
import { tempDir } from '../support/temp-dir';

describe('a build without SITE_URL', () => {
  it('stops with a message in Indonesian and English, and writes nothing', () => {
    // Its own output folder: were the check ever lost, this build still could not replace dist/.
    const outDir = join(tempDir('sentra-tanpa-alamat-'), 'dist');
    const before = statSync(join(distDir, 'index.html')).mtimeMs;

    const { status, output } = runAstroBuild({ SITE_URL: '' }, ['--outDir', outDir]);

    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL belum diisi.');
    expect(output).toContain('SITE_URL is not set.');
    expect(existsSync(outDir)).toBe(false);
    expect(statSync(join(distDir, 'index.html')).mtimeMs).toBe(before);
  });
});

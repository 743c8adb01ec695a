import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastOutputs, linkLastOutputs, releaseOutput } from '../../src/lib/kept-outputs';
import { tempDir } from '../support/temp-dir';

/** A cache folder as Astro leaves it: its record of the last build's paths and their copies. */
function cacheWith(paths: Record<string, string>): string {
  const cacheDir = tempDir('tembolok-');
  const routes = { 'src/pages/x.astro': { dependencyHash: 'h', paths: {} as Record<string, unknown> } };
  for (const [pathname, outputFile] of Object.entries(paths)) {
    routes['src/pages/x.astro'].paths[pathname] = { cacheKey: 'k', outputFile };
    const copy = join(cacheDir, 'dist', outputFile);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, `lama ${pathname}`);
  }
  writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes }));
  return cacheDir;
}

const inode = (file: string) => statSync(file).ino;

describe('the outputs kept from the last build', () => {
  it('are read from Astro’s record, by path', () => {
    const cacheDir = cacheWith({ '/sentra/a/': 'sentra/a/index.html', '/og/a.png': 'og/a.png' });
    expect([...lastOutputs(cacheDir)]).toEqual([
      ['/sentra/a/', 'sentra/a/index.html'],
      ['/og/a.png', 'og/a.png'],
    ]);
  });

  it('leave out a path a URL spells otherwise and a file outside the output', () => {
    const cacheDir = cacheWith({ '/sentra/kopi gayo/': 'sentra/kopi gayo/index.html', '/x/': '../x/index.html' });
    expect(lastOutputs(cacheDir).size).toBe(0);
  });

  it('are none without a record, or with one that cannot be read', () => {
    const cacheDir = tempDir('tembolok-');
    expect(lastOutputs(cacheDir).size).toBe(0);
    writeFileSync(join(cacheDir, 'incremental-build.json'), '{ rusak');
    expect(lastOutputs(cacheDir).size).toBe(0);
  });

  it('are linked into the new output where this build still has their path', () => {
    const cacheDir = cacheWith({ '/sentra/a/': 'sentra/a/index.html', '/sentra/b/': 'sentra/b/index.html' });
    const outDir = tempDir('keluaran-');
    const linked = linkLastOutputs(cacheDir, outDir, lastOutputs(cacheDir), new Set(['/sentra/a/', '/baru/']));
    expect([...linked]).toEqual([['/sentra/a/', 'sentra/a/index.html']]);
    // The same file, not a copy of it: no byte written.
    expect(inode(join(outDir, 'sentra/a/index.html'))).toBe(inode(join(cacheDir, 'dist/sentra/a/index.html')));
    expect(() => statSync(join(outDir, 'sentra/b/index.html'))).toThrow(/ENOENT/);
  });

  it('leave a file the build already wrote where it is, and link the others', () => {
    const cacheDir = cacheWith({ '/a.txt': 'a.txt', '/b.txt': 'b.txt' });
    const outDir = tempDir('keluaran-');
    writeFileSync(join(outDir, 'a.txt'), 'dari public/');
    const linked = linkLastOutputs(cacheDir, outDir, lastOutputs(cacheDir), new Set(['/a.txt', '/b.txt']));
    expect([...linked.keys()]).toEqual(['/b.txt']);
    expect(readFileSync(join(outDir, 'a.txt'), 'utf8')).toBe('dari public/');
  });

  it('skip a path whose copy is gone', () => {
    const cacheDir = cacheWith({ '/sentra/a/': 'sentra/a/index.html' });
    const manifest = lastOutputs(cacheDir);
    manifest.set('/sentra/hilang/', 'sentra/hilang/index.html');
    const linked = linkLastOutputs(cacheDir, tempDir('keluaran-'), manifest, new Set(manifest.keys()));
    expect([...linked.keys()]).toEqual(['/sentra/a/']);
  });

  it('are released before a page is rendered again, so its new bytes leave the last build’s alone', () => {
    const cacheDir = cacheWith({ '/sentra/a/': 'sentra/a/index.html' });
    const outDir = tempDir('keluaran-');
    linkLastOutputs(cacheDir, outDir, lastOutputs(cacheDir), new Set(['/sentra/a/']));
    // The last build's live copy of the page: a third name for the same file.
    const live = join(tempDir('terbit-'), 'index.html');
    linkSync(join(cacheDir, 'dist/sentra/a/index.html'), live);
    releaseOutput(cacheDir, outDir, 'sentra/a/index.html');
    // What Astro then does: the page written into the output, and its copy into the cache.
    writeFileSync(join(outDir, 'sentra/a/index.html'), 'baru');
    writeFileSync(join(cacheDir, 'dist/sentra/a/index.html'), 'baru');
    expect(readFileSync(live, 'utf8')).toBe('lama /sentra/a/');
  });
});

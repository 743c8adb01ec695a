import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runAstroBuild } from '../support/astro-build';
import { diffFolders } from '../support/folder-diff';

const slug = 'slag-aluminium-kendalsari-jombang';

/** The paths a build's log says it copied from the previous build instead of rendering them. */
function reused(output: string): string[] {
  return [...output.matchAll(/(\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

describe('a build after one edited case (Astro incremental build)', () => {
  // Astro copies a page from its cache when the page's cacheKey (src/lib/page-key.ts) and code are
  // unchanged. A key that missed something a page shows would leave that page stale: the build
  // after an edit must give, byte for byte, what a build from scratch of the edited files gives.
  it('renders again what the edit touches, copies the rest, and matches a clean build', () => {
    const work = mkdtempSync(join(tmpdir(), 'inkremental-'));
    const content = join(work, 'sentra');
    cpSync(join(root, 'content/sentra'), content, { recursive: true });
    const build = (name: string, args: string[] = []) => {
      const outDir = join(work, name);
      const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: content }, ['--outDir', outDir, ...args]);
      expect(status, output).toBe(0);
      return { outDir, output };
    };
    build('sebelum', ['--force']);
    // A title is shown on the case's own page and image, in its data, and on other cases' pages.
    const file = join(content, `${slug}.mdx`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Sentra Slag Aluminium Desa Kendalsari'),
    );
    const edited = build('sesudah');
    const clean = build('bersih', ['--force']);

    const copied = reused(edited.output);
    expect(copied.length).toBeGreaterThan(20);
    expect(copied).not.toContain(`/sentra/${slug}/index.html`);
    expect(copied).not.toContain(`/og/${slug}.png`);
    expect(reused(clean.output)).toEqual([]);
    const others = readFileSync(join(edited.outDir, 'sentra/logam-lik-takaru-tegal/index.html'), 'utf8');
    expect(others).toContain('Sentra Slag Aluminium Desa Kendalsari');
    expect(diffFolders(edited.outDir, clean.outDir)).toEqual([]);
  }, 240_000);
});

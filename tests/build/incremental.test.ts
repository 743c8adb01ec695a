import { cpSync, existsSync, linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runAstroBuild } from '../support/astro-build';
import { diffFolders } from '../support/folder-diff';
import { tempDir } from '../support/temp-dir';

const slug = 'slag-aluminium-kendalsari-jombang';
const listPage = '/sentra/provinsi/jawa-timur/index.html';

/** The paths a build's log says it copied from the previous build instead of rendering them. */
function copiedPaths(output: string): string[] {
  return [...output.matchAll(/(\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

describe('a build after an edit (Astro incremental build)', () => {
  // Astro copies a page from its cache when the page's cacheKey (src/build-time/page-key.ts) and code are
  // unchanged. A key that missed something a page shows would leave that page stale: the build
  // after an edit must give, byte for byte, what a build from scratch of the edited files gives.
  // Each build after an edit goes into the folder of the one before, as a deploy builds into
  // dist/.
  it('renders again what an edit touches, copies the rest, and matches a clean build', () => {
    const work = tempDir('inkremental-');
    const content = join(work, 'sentra');
    cpSync(join(root, 'content/sentra'), content, { recursive: true });
    const build = (name: string, args: string[] = []) => {
      const outDir = join(work, name);
      const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: content }, ['--outDir', outDir, ...args]);
      expect(status, output).toBe(0);
      return { outDir, copied: copiedPaths(output) };
    };
    const file = join(content, `${slug}.mdx`);
    const edit = (change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
    build('dist', ['--force']);
    // Astro's store of the entries, kept between builds, holds each case's data and its story as
    // HTML: the body is data, rendered by the loader, never a module of its own.
    const store = readFileSync(join(root, '.astro/cache/data-store.json'), 'utf8');
    expect(store).toContain('"Sentra IKM Slag Aluminium Kendalsari"');
    expect(store).toContain('Usaha ini bukan hal baru.');

    // A sentence added to the story shows on the case's own page only: no list shows a story.
    edit((text) => `${text.trimEnd()}\n\nSatu kalimat tambahan dari penyunting.\n`);
    const story = build('dist');
    expect(story.copied).toContain(listPage);
    expect(story.copied).toContain(`/og/${slug}.png`);
    expect(story.copied).not.toContain(`/sentra/${slug}/index.html`);
    const storyClean = build('kisah-bersih', ['--force']);
    expect(storyClean.copied).toEqual([]);
    expect(diffFolders(story.outDir, storyClean.outDir)).toEqual([]);

    // A title shows on the case's page and image, in its data, on lists and on other cases' pages.
    // The list page, linked in the last build, is rendered again: its new bytes must not go
    // through the link into the last build's file, which the live site still serves.
    // The same holds for the case's share image, an endpoint's output.
    const lastList = join(work, 'daftar-lama.html');
    linkSync(join(story.outDir, listPage), lastList);
    const lastListText = readFileSync(lastList, 'utf8');
    const lastImage = join(work, 'gambar-lama.png');
    linkSync(join(story.outDir, `og/${slug}.png`), lastImage);
    const lastImageBytes = readFileSync(lastImage);
    // Every other case that lists Kendalsari among its similar cases shows the new title: found
    // from the build before the edit, so the check follows whatever the related rule picks.
    const linking = readdirSync(join(story.outDir, 'sentra'))
      .filter((name) => name !== slug && existsSync(join(story.outDir, 'sentra', name, 'index.html')))
      .filter((name) =>
        readFileSync(join(story.outDir, 'sentra', name, 'index.html'), 'utf8').includes(`href="/sentra/${slug}/"`),
      );
    edit((text) => text.replace(/^title: .*$/m, 'title: Sentra Slag Aluminium Desa Kendalsari'));
    const title = build('dist');
    expect(readFileSync(lastList, 'utf8')).toBe(lastListText);
    expect(readFileSync(join(title.outDir, listPage), 'utf8')).not.toBe(lastListText);
    expect(readFileSync(lastImage).equals(lastImageBytes)).toBe(true);
    expect(readFileSync(join(title.outDir, `og/${slug}.png`)).equals(lastImageBytes)).toBe(false);
    expect(title.copied.length).toBeGreaterThan(20);
    for (const path of [`/sentra/${slug}/index.html`, `/og/${slug}.png`, listPage]) {
      expect(title.copied).not.toContain(path);
    }
    // A list that does not show the case is copied: its key holds its own cases and the counts
    // of the filter links, which a new title leaves as they were.
    expect(title.copied).toContain('/sentra/provinsi/bali/index.html');
    expect(linking.length).toBeGreaterThan(0);
    for (const name of linking) {
      expect(readFileSync(join(title.outDir, 'sentra', name, 'index.html'), 'utf8')).toContain(
        'Sentra Slag Aluminium Desa Kendalsari',
      );
    }
    expect(diffFolders(title.outDir, build('judul-bersih', ['--force']).outDir)).toEqual([]);
  }, 240_000);
});

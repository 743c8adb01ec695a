import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/astro-build';
import { findDeadLinks } from '../support/dead-links';
import { tempDir } from '../support/temp-dir';

describe('links, anchors and assets', () => {
  it('every one in the built site leads to a file, and every anchor to an id on its page', () => {
    const { checked, dead } = findDeadLinks(distDir);
    expect(dead).toEqual([]);
    expect(checked).toBeGreaterThan(3000);
  });

  it('would fail on a broken site: the same check finds each dead end in a dist-like folder', () => {
    const root = tempDir('dist-rusak-');
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write(
      'index.html',
      `<!DOCTYPE html><html lang="id"><head>
        <link rel="canonical" href="https://example.go.id/hilang/">
        <style>@font-face { src: url(/_astro/huruf.woff2) }</style>
        <script type="module" src="/_astro/ada.js"></script>
        <script type="module">import('/pagefind/pagefind.js')</script>
      </head><body>
        <a href="#isi">ke isi</a> <a href="#tidak-ada">anchor tanpa id</a>
        <a href="/ada/">ada</a> <a href="/ada/#bagian">bagian</a> <a href="/ada/#tidak-ada">bagian hilang</a>
        <a href="/tidak-ada/">halaman hilang</a> <a href="https://example.org/">host lain</a>
        <main id="isi"></main>
      </body></html>`,
    );
    write('ada/index.html', '<!DOCTYPE html><html><body><h2 id="bagian">Bagian</h2></body></html>');
    write('_astro/ada.js', 'import("./potongan-hilang.js")');

    expect(findDeadLinks(root).dead.sort()).toEqual([
      '_astro/ada.js → ./potongan-hilang.js: no file at /_astro/potongan-hilang.js',
      'index.html → #tidak-ada: no id "tidak-ada" on /',
      'index.html → /_astro/huruf.woff2: no file at /_astro/huruf.woff2',
      'index.html → /ada/#tidak-ada: no id "tidak-ada" on /ada/',
      'index.html → /hilang/: no file at /hilang/',
      'index.html → /pagefind/pagefind.js: no file at /pagefind/pagefind.js',
      'index.html → /tidak-ada/: no file at /tidak-ada/',
    ]);
  });
});

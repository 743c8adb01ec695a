import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, runAstroBuild } from '../support/astro-build';
import { expectedMessages } from '../fixtures/expected-messages';
import { findHtmlErrors } from '../support/html-validity';
import { buildPhotoCase, photo } from '../support/photo-case';
import { tempDir } from '../support/temp-dir';

describe('a case with a photo, built', () => {
  let outDir: string;
  let page: HTMLElement;
  let distBefore: number;
  let built: ReturnType<typeof buildPhotoCase>;

  beforeAll(() => {
    distBefore = statSync(join(distDir, 'index.html')).mtimeMs;
    built = buildPhotoCase();
    outDir = built.outDir;
    // Were the build to fail, the first test shows why.
    if (built.status === 0) page = parse(readFileSync(join(outDir, 'sentra/contoh-foto/index.html'), 'utf8'));
  }, 300_000);

  const isWritten = (src: string) => existsSync(join(outDir, src));
  const srcsetFiles = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(' '));

  it('builds, and leaves dist/ as it was', () => {
    expect(built.status, built.output).toBe(0);
    expect(statSync(join(distDir, 'index.html')).mtimeMs).toBe(distBefore);
  });

  it('shows the photo as a <picture> with AVIF and WebP in three widths, each written', () => {
    const pictures = page.querySelectorAll('section[aria-labelledby=foto] picture');
    expect(pictures).toHaveLength(1);
    const sources = pictures[0]!.querySelectorAll('source');
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const candidates = srcsetFiles(source.getAttribute('srcset') ?? '');
      expect(candidates.map(([, width]) => width)).toEqual(['400w', '800w', '1200w']);
      for (const [file] of candidates) expect(isWritten(file!), file).toBe(true);
      expect(source.getAttribute('sizes')).toBe('(min-width: 40rem) 30rem, 100vw');
    }
  });

  it('gives the <img> its size, lazy loading and alt text, and a JPG for browsers with neither format', () => {
    const img = page.querySelector('section[aria-labelledby=foto] picture img')!;
    expect(img.getAttribute('alt')).toBe(photo.alt);
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('750');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/pengecoran\.[\w-]+\.jpg$/);
    expect(isWritten(img.getAttribute('src')!)).toBe(true);
  });

  it('shows the credit and the licence, linked, under the photo, with its source', () => {
    const caption = page.querySelector('section[aria-labelledby=foto] figure figcaption')!;
    expect(caption.textContent.replace(/\s+/g, ' ')).toBe(`Foto: ${photo.credit}. Lisensi: CC BY 4.0.[1]`);
    expect(caption.querySelector('a[href="https://creativecommons.org/licenses/by/4.0/deed.id"]')?.text).toBe(
      'CC BY 4.0',
    );
    expect(page.querySelector('nav[aria-label="Di halaman ini"] a[href="#foto"]')?.text.trim()).toBe('Foto');
  });

  it('never publishes the original file, which may carry the camera’s location', () => {
    const files = readdirSync(join(outDir, '_astro')).filter((file) => file.startsWith('pengecoran.'));
    // Three widths in three formats (AVIF, WebP, JPG); the original is the only PNG there could be.
    expect(files.length).toBe(9);
    expect(files.filter((file) => file.endsWith('.png'))).toEqual([]);
  });

  it('links the plain copy, with credit and licence, from the open data', () => {
    const record = JSON.parse(readFileSync(join(outDir, 'data/sentra/contoh-foto.json'), 'utf8'));
    const img = page.querySelector('section[aria-labelledby=foto] picture img')!;
    expect(record.photos).toEqual([
      {
        file: `http://localhost:4321${img.getAttribute('src')}`,
        alt: photo.alt,
        credit: photo.credit,
        licence: 'cc-by-4.0',
        sources: ['S1'],
      },
    ]);
  });

  // Astro parses a case with photos again with the collection's schema, whose transform enriches it;
  // the loader enriches every other case itself. Both must give the pages the same entry.
  it('is enriched like a case without photos: its place by name on the page, and not in its record as such', () => {
    const place = 'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur';
    expect(page.querySelector('article header p.text-lg.text-muted')?.text.trim()).toBe(place);
    const record = JSON.parse(readFileSync(join(outDir, 'data/sentra/contoh-foto.json'), 'utf8'));
    expect(record.place.text).toBe(place);
    expect(record).not.toHaveProperty('labels');
    expect(record).not.toHaveProperty('provinces');
  });

  it('is valid HTML, with no inline style for the policy to refuse', async () => {
    expect(page.querySelectorAll('[style]')).toHaveLength(0);
    const html = readFileSync(join(outDir, 'sentra/contoh-foto/index.html'), 'utf8');
    expect(await findHtmlErrors(html, 'sentra/contoh-foto/index.html')).toEqual([]);
  });
});

describe('a build with a photo too large', () => {
  it('fails with the message npm run check gives, and leaves dist/ as it was', () => {
    const content = tempDir('sentra-foto-besar-');
    mkdirSync(join(content, 'foto'));
    copyFileSync('tests/fixtures/bad-cases/foto/terlalu-besar.png', join(content, 'foto/terlalu-besar.png'));
    copyFileSync('tests/fixtures/bad-cases/foto-terlalu-besar.mdx', join(content, 'foto-terlalu-besar.mdx'));
    const outDir = join(tempDir('sentra-foto-besar-build-'), 'dist');
    const before = statSync(join(distDir, 'index.html')).mtimeMs;

    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: content }, ['--outDir', outDir]);

    expect(status).not.toBe(0);
    expect(output).toContain(expectedMessages['foto-terlalu-besar']![0]);
    expect(existsSync(outDir)).toBe(false);
    expect(statSync(join(distDir, 'index.html')).mtimeMs).toBe(before);
  }, 300_000);
});

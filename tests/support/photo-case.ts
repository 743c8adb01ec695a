import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstroBuild } from './astro-build.ts';
import { makePng } from './png.ts';
import { tempDir } from './temp-dir.ts';

/** What the case with a photo says about it, for the tests to find on the page. */
export const photo = {
  alt: 'Gradasi warna buatan tes, bukan foto sungguhan',
  credit: 'Tim Etalase Sentra IKM',
};

/**
 * The valid test case with one photo, laid out as the manual asks: the picture in a folder named
 * after the case, beside it. No real photo of a sentra may be used in tests, and none is
 * shipped: the picture is generated, 1600 × 1000 px.
 */
function writePhotoCase(): string {
  const content = tempDir('sentra-foto-');
  mkdirSync(join(content, 'contoh-foto'));
  writeFileSync(join(content, 'contoh-foto/pengecoran.png'), makePng(1600, 1000));
  const text = readFileSync('tests/fixtures/valid-case.mdx', 'utf8').replace(
    '\nsources:\n  - id: S1',
    `
photos:
  - file: contoh-foto/pengecoran.png
    alt: ${photo.alt}
    credit: ${photo.credit}
    licence: cc-by-4.0
    sources: [S1]
sources:
  - id: S1`,
  );
  if (!text.includes('pengecoran.png')) throw new Error('valid-case.mdx no longer ends with its sources');
  writeFileSync(join(content, 'contoh-foto.mdx'), text);
  return content;
}

/**
 * Builds the site with only the case with a photo, into a folder of its own so that dist/ is
 * left as it was. The page is at `sentra/contoh-foto/index.html` under `outDir`.
 */
export function buildPhotoCase(): { outDir: string; status: number | null; output: string } {
  const outDir = join(tempDir('sentra-foto-build-'), 'dist');
  return { outDir, ...runAstroBuild({ SENTRA_CONTENT_DIR: writePhotoCase() }, ['--outDir', outDir]) };
}

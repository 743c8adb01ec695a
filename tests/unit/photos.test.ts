import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditOf } from '../../src/lib/case/photo-credit';
import { copyWidthOf } from '../../src/lib/case/photo-sizes';
import { maxPhotoSide, photoPathSchema } from '../../src/schema/photo';
import { photoFileProblems } from '../../src/content-check/photo-files';
import { makePng } from '../support/png';
import { tempDir } from '../support/temp-dir';

// The corpus of bad cases (bad-cases.test.ts) holds one file per mistake with its exact message;
// these are the edges around it.
const dir = tempDir('sentra-foto-');
const caseFile = join(dir, 'contoh.mdx');
const line = () => 7;
const photo = (file: string) => ({ file, alt: 'Pekerja', credit: 'Koperasi', licence: 'cc-by-4.0' });

beforeAll(() => {
  mkdirSync(join(dir, 'contoh'));
  writeFileSync(join(dir, 'contoh/pas.png'), makePng(maxPhotoSide, 2));
  writeFileSync(join(dir, 'contoh/tegak.png'), makePng(2, maxPhotoSide + 1));
  writeFileSync(join(dir, 'contoh/teks.jpg'), 'bukan gambar');
});

describe('the photo files a case points at', () => {
  it('accepts a photo exactly at the limit, beside the case', async () => {
    expect(await photoFileProblems({ photos: [photo('contoh/pas.png')] }, caseFile, line)).toEqual([]);
  });

  it('measures the longest side, whichever way the photo stands', async () => {
    const problems = await photoFileProblems({ photos: [photo('contoh/tegak.png')] }, caseFile, line);
    expect(problems).toEqual([expect.stringContaining('ditemukan "contoh/tegak.png" berukuran 2 × 6001 piksel')]);
  });

  it('refuses a file that only looks like a photo by its name', async () => {
    const problems = await photoFileProblems({ photos: [photo('contoh/teks.jpg')] }, caseFile, line);
    expect(problems).toEqual([
      `${caseFile}:7 → photos[0].file: ditemukan "contoh/teks.jpg", berkas yang tidak terbaca sebagai gambar JPG, PNG, WebP atau AVIF; seharusnya foto JPG, PNG, WebP atau AVIF yang utuh; buka foto itu dan simpan ulang sebagai JPG.`,
    ]);
  });

  it('names each photo that is wrong, by its place in the list', async () => {
    const photos = [photo('contoh/pas.png'), photo('contoh/hilang.jpg'), photo('contoh/teks.jpg')];
    const problems = await photoFileProblems({ photos }, caseFile, line);
    expect(problems.map((problem) => problem.split(':')[1])).toEqual(['7 → photos[1].file', '7 → photos[2].file']);
  });

  it('leaves a path the schema refuses to the schema, so it is reported once', async () => {
    const photos = [photo('https://example.org/a.jpg'), photo('/a.jpg'), photo('a.heic'), { alt: 'tanpa berkas' }];
    expect(await photoFileProblems({ photos }, caseFile, line)).toEqual([]);
    expect(await photoFileProblems({ title: 'tanpa foto' }, caseFile, line)).toEqual([]);
  });
});

describe('a photo path', () => {
  it.each(['contoh/pengecoran.jpg', './contoh/PENGECORAN.JPG', '../bersama/pengecoran.webp', 'a.avif', 'a.jpeg'])(
    'accepts %s, relative to the case file',
    (path) => expect(photoPathSchema.safeParse(path).success).toBe(true),
  );

  it.each([
    'https://example.org/a.jpg',
    '//example.org/a.jpg',
    'data:image/png;base64,iVBORw0KGgo=',
    '/images/a.jpg',
    'C:\\Foto\\a.jpg',
    'contoh/a.gif',
    'contoh/a',
    '',
  ])('refuses %s', (path) => expect(photoPathSchema.safeParse(path).success).toBe(false));
});

describe('the credit under a photo', () => {
  it('names a Creative Commons licence with its page', () => {
    expect(creditOf({ credit: 'Dinas', licence: 'cc-by-4.0' })).toEqual({
      credit: 'Dinas',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.id',
    });
  });

  it('says a photo is used with permission, with no page to link', () => {
    expect(creditOf({ credit: 'Koperasi', licence: 'izin-pemilik' })).toEqual({
      credit: 'Koperasi',
      licence: 'Dipakai dengan izin pemilik',
      licenceUrl: undefined,
    });
  });
});

describe('the width of a photo’s plain copy', () => {
  // Astro's imported image: reading any property but `clone` marks the original as used, and
  // the build then publishes it as it is, EXIF and all.
  const imported = (width: number, read: string[]) =>
    new Proxy(
      { src: '/_astro/a.png', width, height: 10, format: 'png' },
      {
        get: (target, name) => {
          if (name === 'clone') return { ...target };
          read.push(String(name));
          return target[name as keyof typeof target];
        },
      },
    );

  it('is the photo’s own width up to 1200 px, read without marking the original as used', () => {
    const read: string[] = [];
    expect(copyWidthOf(imported(4032, read))).toBe(1200);
    expect(copyWidthOf(imported(640, read))).toBe(640);
    expect(read).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import sharp from 'sharp';
import { shareImageSize, type ShareCard } from '../lib/share/share-card';
import { shareImageTree } from '../lib/share/share-image';
import { cacheKeyOf } from '../format/cache-key';
import { DrawingPool, drawingWorkerFile } from './drawing-pool';
import { packageVersion } from './package-version';

/** The self-hosted font files the image is drawn with, regular and bold, each in two ranges. */
export interface ShareFonts {
  latin: Buffer;
  latinExt: Buffer;
  latinBold: Buffer;
  latinExtBold: Buffer;
}

function fontListOf(fonts: ShareFonts): Font[] {
  return [
    { name: 'Jakarta', data: fonts.latin, weight: 400, style: 'normal' },
    { name: 'Jakarta', data: fonts.latinBold, weight: 700, style: 'normal' },
    // Letters such as ā or ş live in the latin-ext files; satori falls back to them glyph by glyph.
    { name: 'Jakarta Ext', data: fonts.latinExt, weight: 400, style: 'normal' },
    { name: 'Jakarta Ext', data: fonts.latinExtBold, weight: 700, style: 'normal' },
  ];
}

// One pool of workers per set of fonts: each worker receives the fonts once, when it starts.
const pools = new WeakMap<ShareFonts, DrawingPool>();

/**
 * Lays out and draws a case's share image as a PNG, on a worker process (src/build-time/drawing-pool.ts):
 * the build renders other pages meanwhile. `fonts` are the self-hosted font files.
 */
export function renderShareImage(card: ShareCard, fonts: ShareFonts): Promise<Buffer> {
  let pool = pools.get(fonts);
  if (!pool) {
    pool = new DrawingPool({ fonts: fontListOf(fonts), size: shareImageSize });
    pools.set(fonts, pool);
  }
  return pool.draw(shareImageTree(card));
}

// The parts of the key that are the same for every image of a build (the fonts, long to hash,
// the libraries' versions and the worker's own code, which encodes the file), worked out once per
// set of fonts, not once per image.
const renderingKeys = new WeakMap<ShareFonts, string>();
function renderingKeyOf(fonts: ShareFonts): string {
  let key = renderingKeys.get(fonts);
  if (!key) {
    key = cacheKeyOf(
      JSON.stringify(shareImageSize),
      fonts.latin,
      fonts.latinExt,
      fonts.latinBold,
      fonts.latinExtBold,
      packageVersion('satori'),
      packageVersion('@resvg/resvg-js'),
      // sharp names its own version and those of the native libraries that encode the PNG.
      JSON.stringify(sharp.versions),
      readFileSync(drawingWorkerFile()),
    );
    renderingKeys.set(fonts, key);
  }
  return key;
}

/**
 * What decides an image's bytes: the laid-out tree (text, sizes, colours), the canvas, the fonts,
 * the versions of the libraries that lay it out, draw and encode it, and the worker that calls
 * them. Equal keys, equal images.
 */
export function shareImageKey(card: ShareCard, fonts: ShareFonts): string {
  return cacheKeyOf(JSON.stringify(shareImageTree(card)), renderingKeyOf(fonts));
}

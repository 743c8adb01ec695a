import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import sharp from 'sharp';
import { DrawingPool, drawingWorkerFile } from '../../build/drawing-pool';
import { cacheKeyOf } from '../../build/image-cache';
import { packageVersion } from '../../build/package-version';
import { shareImageSize, type CardFigure, type ShareCard } from './share-card';

/** The self-hosted font files the image is drawn with, regular and bold, each in two ranges. */
export interface ShareFonts {
  latin: Buffer;
  latinExt: Buffer;
  latinBold: Buffer;
  latinExtBold: Buffer;
}

// The light theme's colours, from src/styles/global.css.
const colors = { accent: '#0f766e', page: '#fbfaf7', ink: '#1c1917', muted: '#57534e', warn: '#b45309' };

type Style = Record<string, string | number>;
interface Node {
  type: 'div';
  props: { style: Style; children?: string | Node | (string | Node)[] };
}

function div(style: Style, ...children: (string | Node | false | undefined)[]): Node {
  const kept = children.filter((child): child is string | Node => Boolean(child));
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept } };
}

// Titles and figures in the font's own bold: satori cannot pick a weight of the variable font the
// pages use, and the stroke that once imitated it doubled the time to draw an image.
const bold: Style = { fontWeight: 700 };

function figure({ label, value }: CardFigure): Node {
  return div(
    { flexDirection: 'column' },
    div({ fontSize: 24, color: colors.muted }, label),
    div({ fontSize: 40, color: colors.ink, ...bold }, value),
  );
}

/** The element tree satori lays out: site name, title, place, and the headline figure. */
export function shareImageTree(card: ShareCard): Node {
  const { headline } = card;
  return div(
    {
      // The whole canvas, its padding and border inside it rather than added to it.
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: '56px 64px',
      backgroundColor: colors.page,
      borderTop: `16px solid ${card.lesson ? colors.warn : colors.accent}`,
      fontFamily: 'Jakarta, Jakarta Ext',
      color: colors.ink,
    },
    div(
      { fontSize: 26, letterSpacing: 2, gap: 24 },
      div({ color: colors.accent, ...bold }, card.siteName.toUpperCase()),
      card.mark && div({ color: colors.warn, ...bold }, card.mark.toUpperCase()),
    ),
    div({ marginTop: 24, fontSize: 60, lineHeight: 1.15, lineClamp: 2, ...bold }, card.title),
    div({ marginTop: 16, fontSize: 30, color: colors.muted }, card.place),
    div({ flexGrow: 1 }),
    headline &&
      div(
        { flexDirection: 'column', borderLeft: `8px solid ${colors.accent}`, paddingLeft: 28 },
        div({ fontSize: 28, color: colors.muted }, headline.label),
        div(
          { marginTop: 8, alignItems: 'flex-end', gap: 48 },
          headline.from && figure(headline.from),
          figure(headline.to),
          headline.change && div({ fontSize: 56, color: colors.accent, ...bold }, headline.change),
        ),
      ),
    card.summary && div({ fontSize: 30, lineHeight: 1.35, lineClamp: 3 }, card.summary),
    div({ marginTop: 32, fontSize: 24, color: colors.muted }, card.host),
  );
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
 * Lays out and draws a case's share image as a PNG, on a worker process (src/build/drawing-pool.ts):
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

// The parts of the key that are the same for every image of a build (the fonts, about 100 KB to
// hash, the libraries' versions and the worker's own code, which encodes the file), worked out
// once per set of fonts, not once per image.
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

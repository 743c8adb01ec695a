import latin from '@fontsource/plus-jakarta-sans/files/plus-jakarta-sans-latin-400-normal.woff2?inline';
import latinBold from '@fontsource/plus-jakarta-sans/files/plus-jakarta-sans-latin-700-normal.woff2?inline';
import latinExt from '@fontsource/plus-jakarta-sans/files/plus-jakarta-sans-latin-ext-400-normal.woff2?inline';
import latinExtBold from '@fontsource/plus-jakarta-sans/files/plus-jakarta-sans-latin-ext-700-normal.woff2?inline';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import settings from 'virtual:etalase/settings';
import { shareCardOf, type ShareCard } from '../../lib/share/share-card';
import { cachedImage, prepareImage } from '../../build-time/image-cache';
import { renderShareImage, shareImageKey } from '../../build-time/share-image-drawing';

// The site's own typeface (the static cuts of the pages' variable font), inlined by the bundler as data URLs: no request to another host and
// no path into node_modules that the built code would have to find again.
const fromDataUrl = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
const fonts = {
  latin: fromDataUrl(latin),
  latinExt: fromDataUrl(latinExt),
  latinBold: fromDataUrl(latinBold),
  latinExtBold: fromDataUrl(latinExtBold),
};

// Kept between builds in Astro's cache folder: an unchanged card is read back instead of drawn again.
const folder = () => settings.imageCacheDir;

export const getStaticPaths = (async () => {
  const entries = await getCollection('sentra');
  const site = new URL(import.meta.env.SITE);
  return entries.map((entry) => {
    const card = shareCardOf(entry.data, site);
    const key = shareImageKey(card, fonts);
    // Every image not kept yet starts drawing now, in worker processes, while the build renders the
    // pages; the images are rendered last (src/build-time/prerender-order.ts), so most are ready by then.
    prepareImage(folder(), key, () => renderShareImage(card, fonts));
    // The image's own key names everything that decides its pixels.
    return { params: { slug: entry.id }, props: { card, key }, cacheKey: key };
  });
}) satisfies GetStaticPaths;

/** /og/<slug>.png: the case's share image, drawn at build time. */
export const GET: APIRoute<{ card: ShareCard; key: string }> = async ({ props: { card, key } }) => {
  const png = await cachedImage(folder(), key, () => renderShareImage(card, fonts));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

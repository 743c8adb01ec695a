import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getAreaIndex } from '../lib/place/area';
import { feedItemsOf } from '../lib/share/feed';
import { siteName } from '../lib/share/json-ld';

/** /rss.xml: new and updated cases, for feed readers and newsletters. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: siteName,
    description: 'Kisah sentra IKM yang baru ditambahkan atau baru diperiksa ulang, dengan angka utamanya.',
    site: site!,
    items: feedItemsOf(await getCollection('sentra'), await getAreaIndex(), site!),
    customData: '<language>id</language>',
  });

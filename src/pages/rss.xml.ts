import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import history from 'virtual:etalase/history';
import { feedItemsOf } from '../lib/share/feed';
import { siteName } from '../lib/share/json-ld';

/** /rss.xml: new and checked cases, and the changes noted for readers, for feed readers and newsletters. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: siteName,
    description:
      'Kisah sentra IKM yang baru ditambahkan atau baru diperiksa ulang, dengan angka utamanya, dan perubahan isinya yang dicatat penyunting.',
    site: site!,
    items: feedItemsOf(await getCollection('sentra'), site!, history),
    customData: '<language>id</language>',
  });

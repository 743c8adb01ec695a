import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import settings from 'virtual:etalase/settings';
import { toCompareCase } from '../../lib/compare/compare-record';
import { pageKeyOf } from '../../build-time/page-key';
import type { SentraEntry } from '../../lib/case/sentra-types';

/** One small file per case, so a comparison loads only the cases chosen, however many there are. */
export const getStaticPaths = (async () => {
  const entries = await getCollection('sentra');
  // The status is dated and the evidence judged at the build's month: a new month may change them.
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: pageKeyOf({ entry, buildMonth: settings.buildMonth }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const record = toCompareCase((props as { entry: SentraEntry }).entry, settings.buildMonth);
  return new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse, siteOf } from '../../../lib/open-data/data-responses';
import { toOpenRecord } from '../../../lib/open-data/open-data';
import { findPhotoCopies } from '../../../lib/case/photo-copies';
import { pageKeyOf } from '../../../build-time/page-key';
import type { SentraEntry } from '../../../lib/case/sentra-types';

export const getStaticPaths = (async () =>
  (await getCollection('sentra')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: pageKeyOf({ entry }),
  }))) satisfies GetStaticPaths;

/** One case's own record, as JSON. */
export const GET: APIRoute<{ entry: SentraEntry }> = async ({ props, site }) => {
  const copies = await findPhotoCopies(props.entry.data.photos, siteOf(site));
  return jsonResponse(toOpenRecord(props.entry, siteOf(site), copies));
};

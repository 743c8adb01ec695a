import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse, siteOf } from '../../lib/open-data/data-responses';
import { sortCases } from '../../lib/list/facets';
import { toOpenRecord } from '../../lib/open-data/open-data';
import { findPhotoCopies } from '../../lib/case/photo-copies';

/** Every case with its figures and sources, as JSON. */
export const GET: APIRoute = async ({ site }) => {
  const entries = sortCases(await getCollection('sentra'));
  const records = entries.map(async (entry) =>
    toOpenRecord(entry, siteOf(site), await findPhotoCopies(entry.data.photos, siteOf(site))),
  );
  return jsonResponse({ sentra: await Promise.all(records) });
};

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getAreaIndex } from '../../lib/area';
import { sortCases } from '../../lib/facets';
import { toOpenRecord } from '../../lib/open-data';

/** Every case with its figures and sources, as JSON. */
export const GET: APIRoute = async ({ site }) => {
  const areas = await getAreaIndex();
  const entries = sortCases(await getCollection('sentra'));
  const records = entries.map((entry) => toOpenRecord(entry, areas, site ?? new URL('http://localhost/')));
  return new Response(JSON.stringify({ sentra: records }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};

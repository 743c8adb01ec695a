import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortCases } from '../../lib/facets';
import { toCsv, toMetricRows } from '../../lib/open-data';

/** Every before and after figure as CSV, for a spreadsheet or a proposal. */
export const GET: APIRoute = async () => {
  const rows = toMetricRows(sortCases(await getCollection('sentra')));
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/data-responses';
import { sortCases } from '../../lib/facets';
import { toSourceRows } from '../../lib/open-data';
import { sourceTable } from '../../lib/open-tables';
import { writeCsv } from '../../lib/table-schema';

/** Every source every case cites, one row each. */
export const GET: APIRoute = async () => {
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(writeCsv(sourceTable, entries.flatMap(toSourceRows)));
};

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/open-data/data-responses';
import { sortCases } from '../../lib/list/facets';
import { toSourceRows } from '../../lib/open-data/open-data';
import { sourceTable } from '../../lib/open-data/open-tables';
import { writeCsv } from '../../lib/open-data/table-schema';

/** Every source every case cites, one row each. */
export const GET: APIRoute = async () => {
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(writeCsv(sourceTable, entries.flatMap(toSourceRows)));
};

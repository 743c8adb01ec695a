import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/data-responses';
import { sortCases } from '../../lib/facets';
import { toFigureRows } from '../../lib/figure-rows';
import { figureTable } from '../../lib/open-tables';
import { writeCsv } from '../../lib/table-schema';

/** Every figure of every case, one row each, with its bounds, unit, year and sources. */
export const GET: APIRoute = async () => {
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(writeCsv(figureTable, entries.flatMap(toFigureRows)));
};

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../lib/open-data/data-responses';
import { sortCases } from '../../lib/list/facets';
import { toFigureRows } from '../../lib/case/figure-rows';
import { figureTable } from '../../lib/open-data/open-tables';
import { writeCsv } from '../../lib/open-data/table-schema';

/** Every figure of every case, one row each, with its bounds, unit, year and sources. */
export const GET: APIRoute = async () => {
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(writeCsv(figureTable, entries.flatMap(toFigureRows)));
};

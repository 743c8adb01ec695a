import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getAreaIndex } from '../../lib/area';
import { csvResponse, siteOf } from '../../lib/data-responses';
import { sortCases } from '../../lib/facets';
import { toCaseRow } from '../../lib/open-data';
import { caseTable } from '../../lib/open-tables';
import { writeCsv } from '../../lib/table-schema';

/** One row per case, for a spreadsheet. */
export const GET: APIRoute = async ({ site }) => {
  const areas = await getAreaIndex();
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(
    writeCsv(
      caseTable,
      entries.map((entry) => toCaseRow(entry, areas, siteOf(site))),
    ),
  );
};

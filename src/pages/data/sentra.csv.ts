import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse, siteOf } from '../../lib/open-data/data-responses';
import { sortCases } from '../../lib/list/facets';
import { toCaseRow } from '../../lib/open-data/open-data';
import { caseTable } from '../../lib/open-data/open-tables';
import { writeCsv } from '../../lib/open-data/table-schema';

/** One row per case, for a spreadsheet. */
export const GET: APIRoute = async ({ site }) => {
  const entries = sortCases(await getCollection('sentra'));
  return csvResponse(
    writeCsv(
      caseTable,
      entries.map((entry) => toCaseRow(entry, siteOf(site))),
    ),
  );
};

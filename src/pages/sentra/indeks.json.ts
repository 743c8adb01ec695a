import { getCollection } from 'astro:content';
import { getAreaIndex } from '../../lib/area';
import { indexRecordOf } from '../../lib/case-index';
import { packIndex } from '../../lib/case-query';
import { sortCases } from '../../lib/facets';

/** The compact index the list's filters read: fetched only when a reader filters or sorts. */
export async function GET() {
  const areas = await getAreaIndex();
  const records = sortCases(await getCollection('sentra')).map((entry) => indexRecordOf(areas, entry));
  return new Response(JSON.stringify(packIndex(records)), { headers: { 'Content-Type': 'application/json' } });
}

import { getCaseList } from '../../lib/case-list';
import { packIndex } from '../../lib/case-query';

/** The compact index the list's filters read: fetched only when a reader filters or sorts. */
export async function GET() {
  const { records } = await getCaseList();
  return new Response(JSON.stringify(packIndex(records)), { headers: { 'Content-Type': 'application/json' } });
}

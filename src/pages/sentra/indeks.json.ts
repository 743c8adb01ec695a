import { getCaseList } from '../../lib/list/case-list';
import { packIndex } from '../../lib/list/list-index';

/** What the list's filters and sorts read of every case: fetched only when a reader filters or sorts. */
export async function GET() {
  const { records, cardFiles } = await getCaseList();
  const index = packIndex(
    records,
    cardFiles.map((file) => file.name),
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
}

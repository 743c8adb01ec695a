import { getCaseList } from '../../../lib/list/case-list';
import { packChoices } from '../../../lib/compare/compare-choices';

/**
 * Every case the comparison's picker can offer, by name and place only: fetched when a reader
 * starts typing, never part of the page. In a folder of its own, so no case's slug can take its name.
 */
export async function GET() {
  const { records } = await getCaseList();
  const choices = records.map(({ slug, title, place, kind }) => ({ slug, title, place, kind }));
  return new Response(JSON.stringify(packChoices(choices)), { headers: { 'Content-Type': 'application/json' } });
}

import { firstCitedNumber, numberSources } from '../case/source-numbers';
import type { Sentra } from '../case/sentra-types';
import { cardFactsOf } from '../list/card-facts';

// Apart from search-results.ts, which the search's script bundles: this side runs only in the build.

/**
 * A case's card facts as Pagefind meta, judged at `buildMonth` (YYYY-MM): the same lines as the
 * list's cards (cardFactsOf). Each result's meta comes in its own fragment, fetched as the result
 * is shown, so these few short lines add nothing to what a search fetches before it lists results.
 * One key per funding line (`dana`, `dana2`…), as a value is one line of text; `sumber` is the
 * number of the result's first source on the case page.
 */
export function searchMetaOf(data: Sentra, buildMonth: string): Record<string, string> {
  const facts = cardFactsOf(data, buildMonth);
  const source = firstCitedNumber(facts.resultSources, numberSources(data.sources));
  const meta: Record<string, string> = {};
  facts.funding.forEach((line, index) => (meta[index === 0 ? 'dana' : `dana${index + 1}`] = line));
  if (facts.ikm) meta.ikm = facts.ikm;
  meta.hasil = facts.result;
  if (source !== undefined) meta.sumber = String(source);
  meta.status = facts.plan ? `${facts.status}; ${facts.plan}` : facts.status;
  meta.bukti = facts.evidence;
  return meta;
}

import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardFile } from '../../../lib/list/case-index';
import { getCaseList } from '../../../lib/list/case-list';

// A file is named by a hash of what it holds, so the name is its cache key too.
export const getStaticPaths = (async () =>
  (await getCaseList()).cardFiles.map((file) => ({
    params: { file: file.name },
    props: { file },
    cacheKey: file.name,
  }))) satisfies GetStaticPaths;

/** The cards of up to `cardsPerFile` cases of the list, fetched when a reader's filter shows one of them. */
export const GET: APIRoute<{ file: CardFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file.cards), { headers: { 'Content-Type': 'application/json' } });

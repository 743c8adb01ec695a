import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { csvResponse } from '../../../lib/open-data/data-responses';
import { toFigureRows } from '../../../lib/case/figure-rows';
import { figureTable } from '../../../lib/open-data/open-tables';
import { pageKeyOf } from '../../../build-time/page-key';
import type { SentraEntry } from '../../../lib/case/sentra-types';
import { writeCsv } from '../../../lib/open-data/table-schema';

export const getStaticPaths = (async () =>
  (await getCollection('sentra')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: pageKeyOf({ entry }),
  }))) satisfies GetStaticPaths;

/** One case's figures, as CSV: the rows of angka.csv for this case. */
export const GET: APIRoute<{ entry: SentraEntry }> = ({ props }) =>
  csvResponse(writeCsv(figureTable, toFigureRows(props.entry)));

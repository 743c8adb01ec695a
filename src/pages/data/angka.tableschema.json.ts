import type { APIRoute } from 'astro';
import { toTableSchema } from '../../lib/open-data/data-package';
import { jsonResponse } from '../../lib/open-data/data-responses';
import { figureTable } from '../../lib/open-data/open-tables';

/** The Table Schema of the figures table, for the per-case CSV files that datapackage.json points here. */
export const GET: APIRoute = () => jsonResponse(toTableSchema(figureTable));

import type { APIRoute } from 'astro';
import { createCaseJsonSchema } from '../../lib/open-data/case-json-schema';
import { dataFiles } from '../../lib/open-data/data-package';
import { jsonResponse, siteOf } from '../../lib/open-data/data-responses';

/** The JSON Schema of one case record, generated from the case schema by zod. */
export const GET: APIRoute = async ({ site }) => {
  const url = new URL(`/data/${dataFiles.caseJsonSchema}`, siteOf(site));
  return jsonResponse(createCaseJsonSchema(url));
};

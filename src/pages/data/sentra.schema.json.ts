import type { APIRoute } from 'astro';
import { getAreaIndex } from '../../lib/area';
import { createCaseJsonSchema } from '../../lib/case-json-schema';
import { dataFiles } from '../../lib/data-package';
import { jsonResponse, siteOf } from '../../lib/data-responses';

/** The JSON Schema of one case record, generated from the case schema by zod. */
export const GET: APIRoute = async ({ site }) => {
  const url = new URL(`/data/${dataFiles.caseJsonSchema}`, siteOf(site));
  return jsonResponse(createCaseJsonSchema(await getAreaIndex(), url));
};

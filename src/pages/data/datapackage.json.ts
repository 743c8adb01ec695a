import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { describeDataPackage } from '../../lib/open-data/data-package';
import { jsonResponse, siteOf } from '../../lib/open-data/data-responses';
import { sortCases } from '../../lib/list/facets';

/** The Frictionless Data Package descriptor of /data/. */
export const GET: APIRoute = async ({ site }) => {
  const entries = sortCases(await getCollection('sentra'));
  return jsonResponse(describeDataPackage(entries, siteOf(site)));
};

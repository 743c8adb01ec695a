import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { getAreaIndex } from '../../src/place/area';
import { enrichCase } from '../../src/lib/case/enrich-case';
import type { Sentra, SentraEntry } from '../../src/lib/case/sentra-types';
import { createSentraSchema } from '../../src/schema/sentra';
import { validateCase } from './validate-case';

/** The real Jombang case, the one every schema test starts from. */
export const jombangFile = 'content/sentra/slag-aluminium-kendalsari-jombang.mdx';

/** A case file's frontmatter, parsed the way Astro parses it. */
export function readFrontmatter(file: string): Record<string, unknown> {
  return parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
}

/**
 * The Jombang case validated by the real schema and enriched, as the pages receive it. Only a
 * photo would differ (a path here, an image in the build), and the case has none.
 */
export async function jombangData(): Promise<Sentra> {
  const areas = await getAreaIndex();
  const data = await validateCase(createSentraSchema(areas), readFrontmatter(jombangFile), jombangFile);
  if (data.photos.length > 0) throw new Error(`${jombangFile}: photos are images only in the build`);
  return enrichCase(data, areas) as unknown as Sentra;
}

/** A collection entry as `getCollection` gives it, for the list and facet logic. */
export function entryOf(id: string, data: Sentra): SentraEntry {
  return { id, data, collection: 'sentra' } as SentraEntry;
}
